using QuyHoach.Data.Planning;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// Xếp thứ: each line of a ballot's place by agree votes, in the order the Domain fills a quota (R-RANK-1,
/// <see cref="FinalSelection.Fill"/>: most votes first); equal votes share a place ("1, 2, 2, 4"), the tie being the
/// head's to decide (R-TIE-1), not the order of the ballot. Every step is ranked, the removal vote by its votes to remove.
/// </summary>
/// <remarks>Read by the minutes only, from the stored agree votes; when the ballot's outcome carries its own rank, this
/// is to read that instead.</remarks>
internal static class BallotRanks
{
    public static IReadOnlyDictionary<Guid, int> Of(Ballot ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        var votes = ballot.Candidates.Select(c => new CandidateVote(c.Id.ToString(), c.Agree ?? 0)).ToList();
        var ordered = FinalSelection.Fill(votes, votes.Count).Selected;
        return ballot.Candidates.ToDictionary(c => c.Id, c => 1 + ordered.TakeWhile(o => o.Agree > (c.Agree ?? 0)).Count());
    }
}
