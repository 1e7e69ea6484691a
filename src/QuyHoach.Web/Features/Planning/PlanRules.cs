using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.Calendar;

namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// The rule set and calendar the plan's lifecycle is judged by: the round's frozen rule set when a round is behind the
/// decision, else the one in force on the day among the current versions of the store (RuleSetStore, R-REG-1, R-REG-4),
/// and the working calendar with the announced off-days.
/// </summary>
internal static class PlanRules
{
    public static WorkingCalendar Calendar { get; } = WorkingCalendar.Standard();

    /// <summary>The rule set of <paramref name="round"/>, else the stored set in force on <paramref name="on"/>.</summary>
    public static async Task<RuleSet> ForAsync(QuyHoachDbContext db, PlanningRound? round, DateOnly on, CancellationToken cancellationToken) =>
        (round is null ? null : PlanningCodes.RuleSetOf(round))
        ?? InForce((await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false)).Catalog, on);

    /// <summary>The set of <paramref name="catalog"/> in force on <paramref name="on"/>, else its newest base set.</summary>
    public static RuleSet InForce(RuleSetCatalog catalog, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.InForceOn(on) ?? catalog.Newest;
    }

    /// <summary>The built-in fallback, kept for callers outside this area that have no database at hand
    /// (Reports' bench reader); new code uses <see cref="ForAsync"/>.</summary>
    public static RuleSet For(PlanningRound? round, DateOnly on) =>
        (round is null ? null : PlanningCodes.RuleSetOf(round)) ?? InForce(RuleSetCatalog.BuiltIn, on);
}
