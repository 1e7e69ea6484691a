using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>Kết quả một lần biểu quyết: quorum, the pass mark and each candidate's result.</summary>
/// <param name="Step">The step voted.</param>
/// <param name="QuorumMet">R-QUO-1; when false nobody passes.</param>
/// <param name="MinAgreeToPass">The smallest agree count that passes this step with these numbers.</param>
/// <param name="Candidates">Results in input order.</param>
/// <param name="Selection">Final step with a quota only: the top-down fill and any tie left to the head.</param>
public sealed record BallotOutcome(VoteStep Step, bool QuorumMet, int MinAgreeToPass, IReadOnlyList<CandidateResult> Candidates, FinalSelection? Selection);

/// <summary>
/// Biểu quyết giới thiệu / đưa ra khỏi quy hoạch: decides one ballot of one step under a rule set's
/// <see cref="VotingRules"/> (R-QUO-1, R-VOTE-30, R-VOTE-50P, R-VOTE-50C, R-REM-VOTE, R-SEQ-1, R-RANK-1, R-TIE-1).
/// </summary>
/// <remarks>
/// Without quorum the conference cannot vote, so every candidate fails (rules §12 case 1). At the final step a
/// candidate who failed an earlier step does not pass when the rule set requires passing all previous steps
/// (§12 case 15). Quota filling happens only at the final step and only when a quota is given.
/// </remarks>
public static class BallotRule
{
    /// <summary>R-VOTE-30/50P/50C, R-REM-VOTE · QĐ 50 as implemented by seeds 000 and 001.</summary>
    public static LegalBasis Basis { get; } = new("R-VOTE-50C", "Quy định 50-QĐ/TW; Kế hoạch 331/KH-SCT", "Mục B.IV");

    /// <summary>Decides the ballot. Numbers must already be valid (see <see cref="TallyRule"/>).</summary>
    public static BallotOutcome Decide(VotingRules rules, VoteStep step, int convened, int present, IReadOnlyList<CandidateVote> votes, int? quota = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(votes);
        var threshold = rules.ThresholdFor(step);
        var quorumMet = rules.Quorum.IsMet(present, convened);
        var sequenced = rules.RequirePassingAllPreviousSteps && step is VoteStep.ExtendedLeadership or VoteStep.Final;
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
            results = results.ConvertAll(r => r with { Selected = selectedIds.Contains(r.Id) });
        }

        return new BallotOutcome(step, quorumMet, threshold.MinAgreeToPass(present, convened), results, selection);
    }
}
