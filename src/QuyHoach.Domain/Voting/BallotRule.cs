using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>
/// Biểu quyết giới thiệu / đưa ra khỏi quy hoạch: decides one ballot of one step under a rule set's
/// <see cref="VotingRules"/> (R-QUO-1, R-VOTE-30, R-VOTE-50P, R-VOTE-50C, R-REM-VOTE, R-SEQ-1, R-RANK-1, R-TIE-1).
/// </summary>
/// <remarks>
/// Without quorum the conference cannot vote, so every candidate fails (R-QUO-1; docs/rules/votes.md). At the final step a
/// candidate who failed an earlier step never passes, whatever the rule set's carry setting (R-SEQ-1,
/// <see cref="StepCarry.BlocksEarlierFailure"/>). Quota filling happens only at the final step and only when a quota is
/// given. The outcome carries the base, the threshold and the rank, so nothing downstream recomputes them.
/// </remarks>
public static class BallotRule
{
    /// <summary>R-VOTE-50C (with R-VOTE-30, R-VOTE-50P, R-REM-VOTE: the step thresholds); documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-VOTE-50C");

    /// <summary>Decides the ballot. Numbers must already be valid (see <see cref="TallyRule"/>).</summary>
    public static BallotOutcome Decide(VotingRules rules, VoteStep step, int convened, int present, IReadOnlyList<CandidateVote> votes, int? quota = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(votes);
        var threshold = rules.ThresholdFor(step);
        var quorumMet = rules.Quorum.IsMet(present, convened);
        var sequenced = StepCarry.BlocksEarlierFailure(rules, step);
        var results = new List<CandidateResult>(votes.Count);
        var passing = new List<CandidateVote>();
        foreach (var vote in votes)
        {
            var met = quorumMet && threshold.IsMet(vote.Agree, present, convened);
            var blocked = met && sequenced && !vote.PassedPreviousSteps;
            var passed = met && !blocked;
            if (passed)
            {
                passing.Add(vote);
            }

            results.Add(new CandidateResult(vote.Id, vote.Agree, passed, null, blocked));
        }

        FinalSelection? selection = null;
        if (step == VoteStep.Final)
        {
            selection = FinalSelection.Fill(passing, quota ?? passing.Count);
            var selectedIds = selection.Selected.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var tiedIds = selection.TiedForLastPlace.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            results = results.ConvertAll(r => r with { Selected = selectedIds.Contains(r.Id), TiedForLastPlace = tiedIds.Contains(r.Id) });
        }

        return BallotOutcome.Of(rules, step, convened, present, results, selection);
    }
}
