using QuyHoach.Data.Planning;
using QuyHoach.Domain.Calendar;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// The rule set and calendar the plan's lifecycle is judged by: the round's frozen rule set when a round is behind the
/// decision, else the one in force on the day (RuleSetCatalog), and the working calendar with the announced off-days.
/// </summary>
internal static class PlanRules
{
    public static WorkingCalendar Calendar { get; } = WorkingCalendar.Standard();

    public static RuleSet For(PlanningRound? round, DateOnly on) =>
        (round is null ? null : PlanningCodes.RuleSetOf(round)) ?? RuleSetCatalog.BuiltIn.InForceOn(on) ?? RuleSetCatalog.BuiltIn.Newest;
}
