namespace QuyHoach.Domain.Voting;

/// <summary>One ballot of a round with its outcome, as the round's proposals read it.</summary>
/// <param name="TitleId">The title voted on.</param>
/// <param name="StepNumber">The step of the round that held the ballot.</param>
/// <param name="Outcome">The ballot's outcome (decided, or recorded and read back).</param>
public sealed record TitleBallot(string TitleId, int StepNumber, BallotOutcome Outcome);

/// <summary>Một người được đề nghị đưa vào quy hoạch: selected at the final step (after any head decision).</summary>
/// <param name="TitleId">The title.</param>
/// <param name="Candidate">The line's result: agree votes, rank, selection.</param>
/// <param name="Base">The number the ratio is measured against at that step.</param>
public sealed record ProposedSelection(string TitleId, CandidateResult Candidate, int Base);

/// <summary>Một người được đề nghị đưa ra khỏi quy hoạch bằng biểu quyết (R-REM-VOTE).</summary>
/// <param name="TitleId">The title.</param>
/// <param name="StepNumber">The step that held the removal vote.</param>
/// <param name="Candidate">The line's result: agree-to-remove votes.</param>
/// <param name="Base">The number the ratio is measured against at that step.</param>
public sealed record VotedRemoval(string TitleId, int StepNumber, CandidateResult Candidate, int Base);

/// <summary>
/// Danh sách đề nghị of a round, read from its ballots' outcomes in one place: per final ballot, the selected lines by
/// rank (equal ranks in ballot order, R-RANK-1); per removal ballot, the lines that reached the removal threshold.
/// Ballots keep the order they are given in. Removals without a vote (R-REM-AUTO) come from the source list, not from
/// a ballot, and are not part of this projection.
/// </summary>
public sealed record RoundProposals(IReadOnlyList<ProposedSelection> Selected, IReadOnlyList<VotedRemoval> Removals)
{
    /// <summary>The proposals of <paramref name="ballots"/>.</summary>
    public static RoundProposals Of(IEnumerable<TitleBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var all = ballots.ToList();
        var selected = all.Where(b => b.Outcome.Step == VoteStep.Final)
            .SelectMany(b => b.Outcome.Candidates.Where(c => c.Selected == true).OrderBy(c => c.Rank).Select(c => new ProposedSelection(b.TitleId, c, b.Outcome.Base)))
            .ToList();
        var removals = all.Where(b => b.Outcome.Step == VoteStep.Removal)
            .SelectMany(b => b.Outcome.Candidates.Where(c => c.Passed).Select(c => new VotedRemoval(b.TitleId, b.StepNumber, c, b.Outcome.Base)))
            .ToList();
        return new RoundProposals(selected, removals);
    }
}
