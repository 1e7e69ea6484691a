using QuyHoach.Domain.Lifecycle;
using static QuyHoach.Domain.Lifecycle.BallotProgress;

namespace QuyHoach.Domain.Tests.Lifecycle;

public class StepProgressRuleTests
{
    private static readonly DateOnly Today = new(2022, 5, 20);

    /// <summary>
    /// One line per case: the step (conference date, quorum, ballots, tie, disclosure, due date), and the expected
    /// state, completeness, completion date, timeliness with its days, next action and reason for holding no ballot.
    /// </summary>
    public static TheoryData<string, StepFacts, bool, string> Cases() => new()
    {
        // R-QUO-1: a step without ballot held below quorum is not complete (issue: 0 of 7 present adopted the list).
        { "adoption, 0 of 7 present", Adoption(Held(5, 10, quorum: false)), true, "InSession open NoDueDate:0 RecordAttendance Adoption" },
        { "adoption with quorum", Adoption(Held(5, 10, quorum: true)), true, "Done 10/05/2022 NoDueDate:0 None Adoption" },
        { "ballot step below quorum", Voting(Held(5, 10, quorum: false, NoEntry)), true, "InSession open NoDueDate:0 RecordAttendance None" },
        { "ballot step, results in but below quorum", Voting(Held(5, 10, quorum: false, Results)), true, "InSession open NoDueDate:0 RecordAttendance None" },
        { "not opened", Voting(null), true, "NotOpened open NoDueDate:0 OpenConference None" },
        { "opened, no tally", Voting(Held(5, 10, true, NoEntry, Results)), true, "InSession open NoDueDate:0 EnterTally None" },
        { "one entry", Voting(Held(5, 10, true, OneEntry, Results)), true, "AwaitingSecondEntry open NoDueDate:0 EnterSecondTally None" },
        { "mismatch", Voting(Held(5, 10, true, Mismatch)), true, "AwaitingSecondEntry open NoDueDate:0 ResolveMismatch None" },
        { "reconciled", Voting(Held(5, 10, true, Reconciled, Results)), true, "InSession open NoDueDate:0 ComputeResults None" },
        { "tie for the head", Voting(Held(5, 10, true, Results) with { TieAwaitingHead = true }, announced: true), true, "ResultsIn open NoDueDate:0 HeadDecision None" },
        { "sealed results", Voting(Held(5, 10, true, Results, Results)), true, "Sealed 10/05/2022 NoDueDate:0 None None" },
        { "announced results", Voting(Held(5, 10, true, Results), announced: true), true, "Done 10/05/2022 NoDueDate:0 None None" },
        { "removal step without candidates", Voting(Held(5, 10, true)), true, "Done 10/05/2022 NoDueDate:0 None NoCandidates" },
        { "preparation not recorded", Preparation(null, later: false), true, "NotOpened open NoDueDate:0 RecordCompletion Preparation" },
        { "preparation recorded", Preparation(new DateOnly(2022, 5, 2), later: false) with { DueOn = new DateOnly(2022, 5, 1) }, true, "Done 02/05/2022 Late:1 None Preparation" },
        { "preparation overtaken by the next conference", Preparation(null, later: true), true, "Done – NoDueDate:0 None Preparation" },

        // Issue 11: held on its due date is on time, the day after is late by one day; a closed round is never overdue.
        { "held on the due date", Due(Voting(Held(5, 10, true, Results)), 5, 10), true, "Sealed 10/05/2022 OnTime:0 None None" },
        { "held the day after", Due(Voting(Held(5, 11, true, Results)), 5, 10), true, "Sealed 11/05/2022 Late:1 None None" },
        { "held before the due date", Due(Adoption(Held(5, 2, true)), 5, 10), true, "Done 02/05/2022 OnTime:0 None Adoption" },
        { "held a month late", Due(Voting(Held(6, 10, true, Results), announced: true), 5, 10), true, "Done 10/06/2022 Late:31 None None" },
        { "unfinished, due yesterday", Due(Voting(null), 5, 19), true, "NotOpened open Overdue:1 OpenConference None" },
        { "unfinished, due today", Due(Voting(Held(5, 20, true, OneEntry)), 5, 20), true, "AwaitingSecondEntry open DueToday:0 EnterSecondTally None" },
        { "unfinished, due in three days", Due(Voting(null), 5, 23), true, "NotOpened open NotYetDue:3 OpenConference None" },
        { "held on time though results came later", Due(Voting(Held(5, 10, true, OneEntry)), 5, 10), true, "AwaitingSecondEntry open Overdue:10 EnterSecondTally None" },
        { "round ended, step unfinished", Due(Voting(null), 5, 1), false, "NotOpened open Stopped:0 None None" },
        { "round ended, step held late", Due(Voting(Held(5, 3, true, Results)), 5, 1), false, "Sealed 03/05/2022 Late:2 None None" },
        { "over a month end", Due(Voting(Held(3, 1, true, Results)), 2, 28), true, "Sealed 01/03/2022 Late:1 None None" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_Step_StateCompletionAndTimeliness(string @case, StepFacts step, bool running, string expected)
    {
        var p = StepProgressRule.Evaluate(step, running, Today);
        var completed = p.Complete ? p.CompletedOn?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "–" : "open";
        Assert.True(p.Complete == (p.State is StepState.Sealed or StepState.Done), @case);
        Assert.Equal(expected, $"{p.State} {completed} {p.Timeliness}:{p.Days} {p.Next} {p.NoBallot}");
    }

    private static ConferenceFacts Held(int month, int day, bool quorum, params BallotProgress[] ballots) =>
        new(new DateOnly(2022, month, day), quorum, ballots, TieAwaitingHead: false);

    private static StepFacts Voting(ConferenceFacts? conference, bool announced = false) => new(true, true, announced, null, null, false, conference);

    private static StepFacts Adoption(ConferenceFacts? conference) => new(true, false, false, null, null, false, conference);

    private static StepFacts Preparation(DateOnly? recorded, bool later) => new(false, false, false, null, recorded, later, null);

    private static StepFacts Due(StepFacts step, int month, int day) => step with { DueOn = new DateOnly(2022, month, day) };
}
