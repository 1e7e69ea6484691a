using QuyHoach.Domain.Common;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Lifecycle;

/// <summary>
/// Quy tắc tiến độ bước: when a step of a round is complete, what state it shows, and how it stands against its due
/// date. A step with a conference is complete only when that conference met the quorum (R-QUO-1), ballot or not, and
/// every ballot has final results (computed, no tie left to the head, R-TIE-1); until then no later step may open
/// (R-SEQ-1) and the round cannot close. The staff's preparation step is complete when its date is recorded, or once a
/// later conference has opened (its date then unknown).
/// </summary>
/// <remarks>
/// A complete step is dated by its conference: held on the due date is on time, held the day after is late by one
/// day. Days are calendar days: the plan's due dates are calendar dates, and no rule counts a step's delay in working
/// days. An unfinished step is overdue from the day after its due date, and only while its round is running: a closed
/// or cancelled round leaves it stopped, never overdue.
/// </remarks>
public static class StepProgressRule
{
    /// <summary>R-SEQ-1: each step works from the results of the step before it; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-SEQ-1");

    /// <summary>R-QUO-1: a conference below quorum decides nothing, ballot or not.</summary>
    public static LegalBasis QuorumBasis => Quorum.Basis;

    /// <summary>The progress of <paramref name="step"/> on <paramref name="today"/>.</summary>
    /// <param name="step">The step's facts.</param>
    /// <param name="roundRunning">The round is in draft or in progress (not closed, not cancelled).</param>
    /// <param name="today">Today's date where the round is run.</param>
    public static StepProgress Evaluate(StepFacts step, bool roundRunning, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(step);
        var (state, next) = StateOf(step);
        var complete = state is StepState.Sealed or StepState.Done;
        var completedOn = !complete ? null : step.HoldsConference ? step.Conference?.HeldOn : step.RecordedCompletion;
        var (timeliness, days) = TimelinessOf(step.DueOn, complete, completedOn, roundRunning, today);
        return new StepProgress(state, complete, completedOn, timeliness, days, roundRunning ? next : StepNextAction.None, NoBallotOf(step));
    }

    private static (StepState, StepNextAction) StateOf(StepFacts step)
    {
        if (!step.HoldsConference)
        {
            return step.RecordedCompletion is not null || step.LaterStepStarted
                ? (StepState.Done, StepNextAction.None)
                : (StepState.NotOpened, StepNextAction.RecordCompletion);
        }

        if (step.Conference is not { } conference)
        {
            return (StepState.NotOpened, StepNextAction.OpenConference);
        }

        if (!conference.QuorumMet)
        {
            return (StepState.InSession, StepNextAction.RecordAttendance);
        }

        var ballots = conference.Ballots;
        if (ballots.Contains(BallotProgress.NoEntry))
        {
            return (StepState.InSession, StepNextAction.EnterTally);
        }

        if (ballots.Contains(BallotProgress.OneEntry))
        {
            return (StepState.AwaitingSecondEntry, StepNextAction.EnterSecondTally);
        }

        if (ballots.Contains(BallotProgress.Mismatch))
        {
            return (StepState.AwaitingSecondEntry, StepNextAction.ResolveMismatch);
        }

        if (ballots.Contains(BallotProgress.Reconciled))
        {
            return (StepState.InSession, StepNextAction.ComputeResults);
        }

        if (conference.TieAwaitingHead)
        {
            return (StepState.ResultsIn, StepNextAction.HeadDecision);
        }

        return (step.HoldsBallot && ballots.Count > 0 && !step.Announced ? StepState.Sealed : StepState.Done, StepNextAction.None);
    }

    private static (StepTimeliness, int) TimelinessOf(DateOnly? dueOn, bool complete, DateOnly? completedOn, bool roundRunning, DateOnly today)
    {
        if (dueOn is not { } due)
        {
            return (StepTimeliness.NoDueDate, 0);
        }

        if (complete)
        {
            if (completedOn is not { } done)
            {
                return (StepTimeliness.NoDueDate, 0);
            }

            var late = done.DayNumber - due.DayNumber;
            return late > 0 ? (StepTimeliness.Late, late) : (StepTimeliness.OnTime, 0);
        }

        if (!roundRunning)
        {
            return (StepTimeliness.Stopped, 0);
        }

        var past = today.DayNumber - due.DayNumber;
        return past switch
        {
            > 0 => (StepTimeliness.Overdue, past),
            0 => (StepTimeliness.DueToday, 0),
            _ => (StepTimeliness.NotYetDue, -past),
        };
    }

    private static NoBallotReason NoBallotOf(StepFacts step) => step switch
    {
        { HoldsConference: false } => NoBallotReason.Preparation,
        { HoldsBallot: false } => NoBallotReason.Adoption,
        { Conference.Ballots.Count: 0 } => NoBallotReason.NoCandidates,
        _ => NoBallotReason.None,
    };
}
