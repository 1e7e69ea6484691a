using QuyHoach.Data.RuleSets;

namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Lists of rounds read without their frozen rule set row (two JSON documents of about 10 KB on every row of every
/// step; 136 rows for the home page's tasks at province size, about 1,000 for the pipeline): each round's stored
/// version is parsed once and kept (RuleSetStore.KeepAsync), so PlanningCodes.RuleSetOf answers as with the row loaded.
/// The two steps are one call so that no list forgets the second (RuleSetOf refuses a version never read).
/// </summary>
public static class RoundLists
{
    public static async Task<List<PlanningRound>> ToListKeepingRuleSetsAsync(this IQueryable<PlanningRound> rounds, QuyHoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var list = await rounds.IgnoreAutoIncludes().ToListAsync(cancellationToken).ConfigureAwait(false);
        await RuleSetStore.KeepAsync(db, list.Select(r => r.RuleSetVersionId), cancellationToken).ConfigureAwait(false);
        return list;
    }
}
