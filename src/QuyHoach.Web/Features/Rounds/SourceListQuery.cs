using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>Danh sách nguồn của đợt, by title then cadre code.</summary>
public sealed class SourceListQuery(QuyHoachDbContext db)
{
    public async Task<Outcome<IReadOnlyList<SourceEntryView>>> HandleAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        var rows = await (
            from e in db.SourceListEntries
            join t in db.Titles on e.TitleId equals t.Id
            join c in db.Cadres on e.CadreId equals c.Id
            where e.RoundId == roundId
            orderby t.Code, c.Code
            select new { e, TitleCode = t.Code, c.Code, c.FullName }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new SourceEntryView(
            r.e.Id, r.TitleCode, r.Code, r.FullName, r.e.Kind.ToString(), r.e.Outcome, JsonDocument.Parse(r.e.ReasonsJson).RootElement.Clone(),
            r.e.MonthsRemaining, r.e.RequiredMonths, r.e.SourceGroup, r.e.RuleSetRef, r.e.Justification,
            r.e.Action is { } a ? PlanningCodes.Of(a) : null, r.e.Grounds)).ToList();
    }
}
