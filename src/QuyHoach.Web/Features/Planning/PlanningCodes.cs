using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.Lifecycle;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Planning;

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
        RoundStatus.Cancelled => "cancelled",
    };

    public static string Of(StepState state) => state switch
    {
        StepState.NotOpened => "not-opened",
        StepState.InSession => "in-session",
        StepState.AwaitingSecondEntry => "awaiting-second-entry",
        StepState.ResultsIn => "results",
        StepState.Sealed => "sealed",
        StepState.Done => "done",
    };

    public static string Of(StepTimeliness timeliness) => timeliness switch
    {
        StepTimeliness.NoDueDate => "no-due-date",
        StepTimeliness.NotYetDue => "not-yet-due",
        StepTimeliness.DueToday => "due-today",
        StepTimeliness.Overdue => "overdue",
        StepTimeliness.OnTime => "on-time",
        StepTimeliness.Late => "late",
        StepTimeliness.Stopped => "stopped",
    };

    public static string Of(StepNextAction next) => next switch
    {
        StepNextAction.None => "none",
        StepNextAction.RecordCompletion => "record-completion",
        StepNextAction.OpenConference => "open-conference",
        StepNextAction.RecordAttendance => "record-attendance",
        StepNextAction.EnterTally => "enter-tally",
        StepNextAction.EnterSecondTally => "enter-second-tally",
        StepNextAction.ResolveMismatch => "resolve-mismatch",
        StepNextAction.ComputeResults => "compute-results",
        StepNextAction.HeadDecision => "head-decision",
    };

    public static string? Of(NoBallotReason reason) => reason switch
    {
        NoBallotReason.None => null,
        NoBallotReason.Preparation => "preparation",
        NoBallotReason.Adoption => "adoption",
        NoBallotReason.NoCandidates => "no-candidates",
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

    /// <summary>
    /// The frozen (or chosen) rule set of a round: the stored version it points at (R-REG-4), loaded with the round or
    /// kept by RuleSetStore (a round read with IgnoreAutoIncludes after RuleSetStore.KeepAsync), else the embedded set
    /// of its id; null when none is chosen and the round has not started.
    /// </summary>
    public static RuleSet? RuleSetOf(PlanningRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.FrozenRuleSet is { } stored ? RuleSetStore.Parse(stored)
            : round.RuleSetVersionId is { } version ? RuleSetStore.Known(version)
                ?? throw new InvalidOperationException("A round's stored rule set was neither loaded nor kept (RuleSetStore.KeepAsync).")
            : round.RuleSetId is { } id ? RuleSetCatalog.BuiltIn.Find(id) : null;
    }
}
