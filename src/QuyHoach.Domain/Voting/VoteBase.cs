namespace QuyHoach.Domain.Voting;

/// <summary>Căn cứ tính tỉ lệ phiếu: the number a vote share is measured against (docs/rules/votes.md).</summary>
/// <remarks>Ballots issued, returned or valid are never the base (docs/rules/votes.md).</remarks>
public enum VoteBase
{
    /// <summary>Số người có mặt (present at the time of the vote).</summary>
    Present,

    /// <summary>Số người được triệu tập (on the convening list; absentees count against).</summary>
    Convened,
}

/// <summary>The one place a <see cref="VoteBase"/> becomes a number.</summary>
public static class VoteBaseCount
{
    /// <summary>The number the ratio is measured against: <paramref name="present"/> or <paramref name="convened"/>.</summary>
    public static int CountOf(this VoteBase voteBase, int present, int convened) => voteBase switch
    {
        VoteBase.Present => present,
        VoteBase.Convened => convened,
    };
}
