using QuyHoach.Data.Planning;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>The API's stable codes for round kinds and vote steps (as in <c>qh vote --step</c>), and the rule set of a round.</summary>
public static class PlanningCodes
{
    public static string Of(RoundKind kind) => kind switch
    {
        RoundKind.NextTermBuild => "next-term-build",
        RoundKind.AnnualReview => "annual-review",
    };

    public static RoundKind? ParseKind(string? code) => code switch
    {
        "next-term-build" => RoundKind.NextTermBuild,
        "annual-review" => RoundKind.AnnualReview,
        _ => null,
    };

    public static string Of(VoteStep step) => step switch
    {
        VoteStep.Removal => "removal",
        VoteStep.KeyCadres => "key-cadres",
        VoteStep.ExtendedLeadership => "extended",
        VoteStep.Final => "final",
    };

    public static string? Of(VoteStep? step) => step is { } s ? Of(s) : null;

    public static string Of(RoundStatus status) => status switch
    {
        RoundStatus.Draft => "draft",
        RoundStatus.InProgress => "in-progress",
        RoundStatus.Closed => "closed",
    };

    public static string Of(BallotStatus status) => status switch
    {
        BallotStatus.AwaitingEntries => "awaiting-entries",
        BallotStatus.Mismatch => "mismatch",
        BallotStatus.Reconciled => "reconciled",
        BallotStatus.ResultsComputed => "results-computed",
    };

    public static string Of(PlanMemberAction action) => action switch
    {
        PlanMemberAction.Keep => "keep",
        PlanMemberAction.AutomaticRemoval => "automatic-removal",
        PlanMemberAction.RemovalVote => "removal-vote",
    };

    /// <summary>The frozen (or chosen) rule set of a round; null when none is chosen and the round has not started.</summary>
    public static RuleSet? RuleSetOf(PlanningRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.RuleSetId is { } id ? RuleSetCatalog.BuiltIn.Find(id) : null;
    }
}
