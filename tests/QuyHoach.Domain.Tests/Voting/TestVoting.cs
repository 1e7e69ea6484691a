using QuyHoach.Domain.Common;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.Tests.Voting;

/// <summary>The QĐ 50 numbers as literals: expected values for tests only (the product reads them from qd50.json).</summary>
internal static class TestVoting
{
    public static VotingRules Qd50 { get; } = new(
        new Quorum(new Ratio(2, 3)),
        new VoteThreshold(3, 10, ThresholdComparison.Inclusive, VoteBase.Present),
        new VoteThreshold(1, 2, ThresholdComparison.Strict, VoteBase.Present),
        new VoteThreshold(1, 2, ThresholdComparison.Strict, VoteBase.Convened),
        new VoteThreshold(1, 2, ThresholdComparison.Strict, VoteBase.Convened),
        RequirePassingAllPreviousSteps: true,
        WriteInsAllowed: true);

    public static CandidateVote[] Parse(string spec) => spec.Length == 0
        ? []
        : spec.Split(',').Select(p => p.Split('=')).Select(p => new CandidateVote(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();
}
