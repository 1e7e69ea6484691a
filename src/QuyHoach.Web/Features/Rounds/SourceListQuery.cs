using System.Text.Json;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>Danh sách nguồn của đợt, by title then cadre code.</summary>
/// <remarks>
/// Each line carries a screening verdict: reasons a cadre does not meet a standard (political conclusions, months
/// left before the age limit), grounds for removal. That is registry data, so the list is read by the roles that read
/// the registry (RegistryPolicies.ReadRoles) and no one else: the counting committee and delegates, refused the cadre
/// record itself, are refused the list too (403) and see only the names on the ballots of their conference. A cadre
/// already in the plan carries the development items still open today (OpenDevelopmentItems, R-USE-3).
/// </remarks>
public sealed class SourceListQuery(QuyHoachDbContext db, TimeProvider clock)
{
    public const string ForbiddenMessage =
        "Danh sách nguồn ghi kết quả xét điều kiện, tiêu chuẩn của cán bộ: chỉ chuyên viên tổ chức, quản trị, lãnh đạo và thanh tra được xem. Tên người trên phiếu có ở trang hội nghị.";

    /// <summary>Whether <paramref name="actor"/> may read screening verdicts, reasons and grounds for removal.</summary>
    public static bool MayRead(PlanningActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return RegistryPolicies.ReadRoles.Any(actor.Is);
    }

    public async Task<Outcome<IReadOnlyList<SourceEntryView>>> HandleAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        if (!MayRead(actor))
        {
            return Refusal.Forbidden(ForbiddenMessage);
        }

        var rows = await (
            from e in db.SourceListEntries
            join t in db.Titles on e.TitleId equals t.Id
            join c in db.Cadres on e.CadreId equals c.Id
            join x in db.ExternalSources on c.Id equals x.CadreId into elsewhere
            from x in elsewhere.DefaultIfEmpty()
            where e.RoundId == roundId
            orderby t.Code, c.Code
            select new { e, TitleCode = t.Code, c.Code, c.FullName, Elsewhere = x == null ? null : x.Post + ", " + x.Agency }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var planned = rows.Where(r => r.e.Kind == SourceEntryKind.PlanMember).Select(r => r.e.CadreId).Distinct().ToList();
        var open = await OpenDevelopmentItems.ForCadresAsync(db, planned, VietnamTime.Today(clock), cancellationToken).ConfigureAwait(false);
        // A plan member whose entry a merger, split or rename carried here is flagged for review (R-ORG-3).
        var carried = await db.PlanEntries.Where(p => p.CarriedFromId != null && p.TermId == loaded.Value!.TermId && planned.Contains(p.CadreId))
            .Select(p => new { p.Id, p.CadreId, p.TitleId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var origins = await UnitHistory.OriginsAsync(db, carried.Select(p => p.Id).ToList(), cancellationToken).ConfigureAwait(false);
        string? Carried(SourceListEntry e) => e.Kind != SourceEntryKind.PlanMember ? null
            : carried.Where(p => p.CadreId == e.CadreId && p.TitleId == e.TitleId && origins.ContainsKey(p.Id)).Select(p => origins[p.Id].UnitName).FirstOrDefault();
        return rows.Select(r => new SourceEntryView(
            r.e.Id, r.TitleCode, r.Code, r.FullName, r.e.Kind.ToString(), r.e.Outcome, JsonDocument.Parse(r.e.ReasonsJson).RootElement.Clone(),
            r.e.MonthsRemaining, r.e.RequiredMonths, r.e.SourceGroup, r.e.RuleSetRef, r.e.Justification,
            r.e.Action is { } a ? PlanningCodes.Of(a) : null, r.e.Grounds, r.e.AgeReference, r.Elsewhere,
            r.e.Kind == SourceEntryKind.PlanMember ? open[r.e.CadreId].Select(i => i.Text).ToList() : null, Carried(r.e))).ToList();
    }
}
