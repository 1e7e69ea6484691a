using Npgsql;
using QuyHoach.Data.Audit;

namespace QuyHoach.Web.Features.Organisations;

/// <summary>
/// A merger, split or rename as the page or a test sends it: the units it ends, the existing successor or the new
/// unit it creates (name, parent), the title map old → new (a title left out is copied), and the form's request key.
/// </summary>
public sealed record UnitEventRequest(
    UnitEventKind Kind, DateOnly? EffectiveOn, string? Basis, IReadOnlyList<Guid> PredecessorIds, IReadOnlyList<Guid> SuccessorIds,
    string? NewUnitName, Guid? NewUnitParentId, IReadOnlyDictionary<Guid, Guid>? TitleMap, Guid RequestKey);

/// <summary>What an event carried, for the confirmation and the audit.</summary>
public sealed record UnitEventResult(Guid EventId, IReadOnlyList<Guid> SuccessorIds, int Assignments, int Memberships, int PlanEntries, int Cadres);

/// <summary>
/// Ghi nhận sự kiện đơn vị (R-ORG-3): checks the request, creates the new unit if any, ends the predecessors on the
/// date, carries what they hold (<see cref="UnitCarryOver"/>) and audits it, in one transaction. The administrator
/// records events over any unit; organisation staff only over units in their scope. A second submit of the same form
/// answers with the first event; a second event ending the same unit is refused by the database (migration 0028).
/// </summary>
public sealed class UnitEventHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<UnitEventResult>> HandleAsync(PlanningActor actor, UnitEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (await EarlierAsync(request.RequestKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }

        var checkedRequest = await UnitEventCheck.CheckAsync(db, actor, request, cancellationToken).ConfigureAwait(false);
        if (checkedRequest.Value is not { } units)
        {
            return checkedRequest.Refusal!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var day = request.EffectiveOn!.Value;
        var successors = units.Successors.ToList();
        if (request.NewUnitName is { } name && !string.IsNullOrWhiteSpace(name))
        {
            var first = units.Predecessors[0];
            var created = new Organisation
            {
                Id = Guid.CreateVersion7(),
                Code = UnitCodes.Derived(first.Code, 50, request.RequestKey),
                Name = name.Trim(),
                Kind = first.Kind,
                Level = first.Level == OrganisationLevel.District ? OrganisationLevel.Commune : first.Level,
                ParentId = request.NewUnitParentId ?? first.ParentId,
                CreatedAt = now,
            };
            db.Organisations.Add(created);
            successors.Insert(0, created);
        }

        var unitEvent = new UnitEvent
        {
            Id = Guid.CreateVersion7(),
            Kind = request.Kind,
            EffectiveOn = day,
            Basis = request.Basis!.Trim(),
            RequestKey = request.RequestKey,
            RecordedByUserId = actor.UserId,
            RecordedAt = now,
        };
        unitEvent.Units.AddRange(units.Predecessors.Select(p => new UnitEventUnit { EventId = unitEvent.Id, OrganisationId = p.Id, IsPredecessor = true }));
        unitEvent.Units.AddRange(successors.Select(s => new UnitEventUnit { EventId = unitEvent.Id, OrganisationId = s.Id, IsPredecessor = false }));
        db.UnitEvents.Add(unitEvent);
        foreach (var p in units.Predecessors)
        {
            p.EndedOn = day;
            p.SuccessorId = successors.Count == 1 ? successors[0].Id : null;
        }

        var carry = new UnitCarryOver(db, unitEvent, units.Predecessors, successors);
        await carry.CarryAsync(request.TitleMap ?? new Dictionary<Guid, Guid>(), cancellationToken).ConfigureAwait(false);
        var result = new UnitEventResult(unitEvent.Id, successors.Select(s => s.Id).ToList(), carry.Assignments, carry.Memberships, carry.PlanEntries, unitEvent.Cadres.Count);
        AuditTrail.Record(db, AuditEvent.Create(actor.Audit, AuditAction.UnitEventRecorded, "unit_event", unitEvent.Id.ToString(), successors[0].Id, after: new
        {
            Kind = unitEvent.Kind.ToString(),
            unitEvent.EffectiveOn,
            unitEvent.Basis,
            Predecessors = units.Predecessors.Select(p => new { p.Id, p.Name }).ToList(),
            Successors = successors.Select(s => new { s.Id, s.Name }).ToList(),
            Titles = unitEvent.Titles.Select(t => new { t.OldTitleId, t.NewTitleId }).ToList(),
            result.Assignments,
            result.Memberships,
            result.PlanEntries,
            result.Cadres,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return await EarlierAsync(request.RequestKey, cancellationToken).ConfigureAwait(false)
                ?? Refusal.Conflict(unique.ConstraintName == UnitEvent.PredecessorIndex
                    ? "Đơn vị đã chọn vừa được kết thúc bởi một sự kiện khác: hãy tải lại trang để xem."
                    : "Sự kiện đã được ghi nhận bởi một thao tác khác: hãy tải lại trang để xem.");
        }
    }

    /// <summary>The event this form already recorded (a double submit), with what it carried.</summary>
    private async Task<Outcome<UnitEventResult>?> EarlierAsync(Guid requestKey, CancellationToken cancellationToken)
    {
        var done = await db.UnitEvents.AsNoTracking().Include(e => e.Units).Include(e => e.Cadres)
            .SingleOrDefaultAsync(e => e.RequestKey == requestKey, cancellationToken).ConfigureAwait(false);
        if (done is null)
        {
            return null;
        }

        var successors = done.Units.Where(u => !u.IsPredecessor).Select(u => u.OrganisationId).ToList();
        var carried = await db.PlanEntries.CountAsync(e => e.CarriedFromId != null && e.EffectiveFrom == done.EffectiveOn && successors.Contains(e.OrganisationId), cancellationToken).ConfigureAwait(false);
        return new UnitEventResult(done.Id, successors, 0, 0, carried, done.Cadres.Count);
    }
}
