namespace QuyHoach.Domain.Voting;

/// <summary>
/// Kết quả một lần biểu quyết: everything derived from one ballot's numbers, in one place: the quorum, the step's
/// threshold and the base it is measured against, the pass mark, and each candidate's votes, result, rank and selection.
/// Pages, documents and the round's proposals read these numbers; none works them out again.
/// </summary>
/// <param name="Step">The step voted.</param>
/// <param name="QuorumMet">R-QUO-1; when false nobody passes.</param>
/// <param name="Threshold">The step's threshold in the rule set (R-VOTE-30, R-VOTE-50P, R-VOTE-50C, R-REM-VOTE).</param>
/// <param name="Base">The number the ratios are measured against: those present or those convened, by the threshold.</param>
/// <param name="MinAgreeToPass">The smallest agree count that passes this step with these numbers.</param>
/// <param name="Candidates">Results in input (ballot) order.</param>
/// <param name="Selection">Final step with a quota, when just decided: the top-down fill and any tie left to the head;
/// null at other steps and for <see cref="Recorded"/> results.</param>
public sealed record BallotOutcome(
    VoteStep Step, bool QuorumMet, VoteThreshold Threshold, int Base, int MinAgreeToPass, IReadOnlyList<CandidateResult> Candidates, FinalSelection? Selection)
{
    /// <summary>The result of candidate <paramref name="id"/>.</summary>
    public CandidateResult Of(string id) => Candidates.First(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Reads back results that <see cref="BallotRule.Decide"/> gave earlier and that were stored (then possibly
    /// completed by the head's decision, R-TIE-1): the passed and selected flags stay as recorded; base, threshold, pass
    /// mark and rank come from the same rules as when they were decided.
    /// </summary>
    public static BallotOutcome Recorded(VotingRules rules, VoteStep step, int convened, int present, IReadOnlyList<CandidateResult> recorded)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(recorded);
        return Of(rules, step, convened, present, recorded, null);
    }

    internal static BallotOutcome Of(VotingRules rules, VoteStep step, int convened, int present, IReadOnlyList<CandidateResult> results, FinalSelection? selection)
    {
        var threshold = rules.ThresholdFor(step);
        return new BallotOutcome(
            step, rules.Quorum.IsMet(present, convened), threshold, threshold.BaseOf(present, convened), threshold.MinAgreeToPass(present, convened), Ranked(results), selection);
    }

    /// <summary>
    /// R-RANK-1: each line is ranked by agree votes (the removal vote by its votes to remove), equal votes sharing a rank
    /// (1, 2, 2, 4); the tally minutes print it at every step, and the final step selects by it.
    /// </summary>
    private static List<CandidateResult> Ranked(IReadOnlyList<CandidateResult> results) =>
        results.Select(r => r with { Rank = 1 + results.Count(o => o.Agree > r.Agree) }).ToList();
}
