using QuyHoach.Data.Plans;

namespace QuyHoach.Web.Features.Organisations;

/// <summary>
/// Kế thừa (R-ORG-3): on the event's date what the predecessor units hold continues at the successors, each new record
/// pointing to the one it continues. The old record ends the day before (assignments, memberships: inclusive ends)
/// or on the date (plan entries: the first day they no longer hold), so the plan as of the day before reads under the
/// old unit and from the date under the new one. Titles follow the event's map; a title left unmapped is copied to the
/// first successor under its own name; a body to the successor's body of the same kind, copied when there is none.
/// </summary>
internal sealed class UnitCarryOver(QuyHoachDbContext db, UnitEvent unitEvent, IReadOnlyList<Organisation> predecessors, IReadOnlyList<Organisation> successors)
{
    private readonly Dictionary<Guid, Title> _titles = [];
    private readonly Dictionary<Guid, Body> _bodies = [];

    public int Assignments { get; private set; }

    public int Memberships { get; private set; }

    public int PlanEntries { get; private set; }

    public async Task CarryAsync(IReadOnlyDictionary<Guid, Guid> titleMap, CancellationToken cancellationToken)
    {
        var day = unitEvent.EffectiveOn;
        var before = day.AddDays(-1);
        var ids = predecessors.Select(p => p.Id).ToList();
        var oldTitles = await db.Titles.Where(t => ids.Contains(t.OrganisationId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var old in oldTitles)
        {
            var target = titleMap.TryGetValue(old.Id, out var newId)
                ? await db.Titles.SingleAsync(t => t.Id == newId, cancellationToken).ConfigureAwait(false)
                : Copy(old);
            _titles[old.Id] = target;
            unitEvent.Titles.Add(new UnitEventTitle { EventId = unitEvent.Id, OldTitleId = old.Id, NewTitleId = target.Id });
        }

        var titleIds = oldTitles.Select(t => t.Id).ToList();
        foreach (var a in await db.Set<Assignment>().Where(a => titleIds.Contains(a.TitleId) && a.From < day && (a.To == null || a.To >= day)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            db.Add(new Assignment { Id = Guid.CreateVersion7(), CadreId = a.CadreId, TitleId = _titles[a.TitleId].Id, From = day, To = a.To, DecisionNumber = a.DecisionNumber, CarriedFromId = a.Id });
            a.To = before;
            Assignments++;
        }

        var oldBodies = await db.Bodies.Where(b => ids.Contains(b.OrganisationId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var body in oldBodies)
        {
            _bodies[body.Id] = await SuccessorBodyAsync(body, cancellationToken).ConfigureAwait(false);
        }

        var bodyIds = oldBodies.Select(b => b.Id).ToList();
        foreach (var m in await db.Set<BodyMembership>().Where(m => bodyIds.Contains(m.BodyId) && m.From < day && (m.To == null || m.To >= day)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            db.Add(new BodyMembership { Id = Guid.CreateVersion7(), BodyId = _bodies[m.BodyId].Id, CadreId = m.CadreId, Position = m.Position, IsHead = m.IsHead, From = day, To = m.To, CarriedFromId = m.Id });
            m.To = before;
            Memberships++;
        }

        foreach (var e in await db.PlanEntries.Where(e => ids.Contains(e.OrganisationId) && e.EffectiveFrom < day && (e.EndedOn == null || e.EndedOn > day)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            var title = _titles.TryGetValue(e.TitleId, out var mapped) ? mapped : null;
            db.Add(new PlanEntry
            {
                Id = Guid.CreateVersion7(),
                CadreId = e.CadreId,
                TitleId = title?.Id ?? e.TitleId,
                TermId = e.TermId,
                OrganisationId = title?.OrganisationId ?? successors[0].Id,
                ApprovalDecisionId = e.ApprovalDecisionId,
                EffectiveFrom = day,
                CarriedFromId = e.Id,
            });
            (e.EndedOn, e.EndReason) = (day, PlanEndReason.CarriedOver);
            PlanEntries++;
        }

        await MoveCadresAsync(ids, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Each cadre of a predecessor moves to the unit of the title the cadre's carried post became (R-ORG-4).</summary>
    private async Task MoveCadresAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var posts = db.ChangeTracker.Entries<Assignment>().Where(x => x.State == EntityState.Added).Select(x => x.Entity).ToList();
        foreach (var cadre in await db.Cadres.Where(c => ids.Contains(c.OrganisationId)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            var post = posts.Where(p => p.CadreId == cadre.Id).MaxBy(p => p.From);
            var to = post is null ? successors[0].Id : _titles.Values.First(t => t.Id == post.TitleId).OrganisationId;
            unitEvent.Cadres.Add(new UnitEventCadre { EventId = unitEvent.Id, CadreId = cadre.Id, FromOrganisationId = cadre.OrganisationId, ToOrganisationId = to });
            cadre.OrganisationId = to;
        }
    }

    private Title Copy(Title old)
    {
        var title = new Title
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = successors[0].Id,
            Code = UnitCodes.Derived(old.Code, 50, unitEvent.Id),
            Name = old.Name,
            Rank = old.Rank,
            Level = old.Level,
            Kind = old.Kind,
            IsKeyLeadership = old.IsKeyLeadership,
            RegulatedSeats = old.RegulatedSeats,
            TermTrack = old.TermTrack,
            ManagementAuthorityId = old.ManagementAuthorityId,
            RequiredPoliticalTheory = old.RequiredPoliticalTheory,
            RequiredProfessional = old.RequiredProfessional,
            ProfessionalMayFollow = old.ProfessionalMayFollow,
            RequiredStateManagement = old.RequiredStateManagement,
            StateManagementMayFollow = old.StateManagementMayFollow,
            StandardsNote = old.StandardsNote,
        };
        db.Titles.Add(title);
        return title;
    }

    private async Task<Body> SuccessorBodyAsync(Body old, CancellationToken cancellationToken)
    {
        var ids = successors.Select(s => s.Id).ToList();
        var same = await db.Bodies.Where(b => ids.Contains(b.OrganisationId) && b.Kind == old.Kind).OrderBy(b => b.Code).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? _bodies.Values.FirstOrDefault(b => b.Kind == old.Kind);
        if (same is not null)
        {
            return same;
        }

        var body = new Body { Id = Guid.CreateVersion7(), OrganisationId = successors[0].Id, Code = UnitCodes.Derived(old.Code, 50, unitEvent.Id), Name = old.Name, Kind = old.Kind, RegulatedSize = old.RegulatedSize };
        db.Bodies.Add(body);
        return body;
    }
}

/// <summary>Mã của bản ghi mới ở đơn vị kế thừa: the old code with the event's short mark, within the column's length.</summary>
internal static class UnitCodes
{
    public static string Derived(string code, int maxLength, Guid eventId)
    {
        var mark = "." + eventId.ToString("N")[^8..];
        return code[..Math.Min(code.Length, maxLength - mark.Length)] + mark;
    }
}
