using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>Hiệu lực của một phiếu giới thiệu đã đọc: valid, invalid, or left to the counting committee.</summary>
public enum SheetValidity
{
    /// <summary>Phiếu hợp lệ: its marks count.</summary>
    Valid,

    /// <summary>Phiếu không hợp lệ: counted as returned and invalid, its marks ignored.</summary>
    Invalid,

    /// <summary>Tổ kiểm phiếu quyết định: the rule set leaves this case to the committee, whose decision is recorded.</summary>
    CommitteeDecides,
}

/// <summary>
/// Quy tắc đánh dấu phiếu (R-BAL-1): a phiếu giới thiệu marked for more names than the title's quota (số người cần
/// giới thiệu) is invalid when the rule set says so (<see cref="VotingRules.MarkedOverQuotaInvalid"/>), otherwise the
/// committee decides. A sheet with no mark is valid: it introduces nobody and still counts as returned.
/// </summary>
public static class BallotMarkingRule
{
    /// <summary>R-BAL-1; the rule set lists <c>voting.markedOverQuotaInvalid</c> as unconfirmed (the legal text is silent).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-BAL-1");

    /// <summary>The validity of a sheet with <paramref name="marked"/> names marked (printed lines and write-ins) for
    /// a title whose quota is <paramref name="quota"/>.</summary>
    public static SheetValidity Judge(int marked, int quota, VotingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(marked);
        ArgumentOutOfRangeException.ThrowIfNegative(quota);
        if (marked <= quota)
        {
            return SheetValidity.Valid;
        }

        return rules.MarkedOverQuotaInvalid ? SheetValidity.Invalid : SheetValidity.CommitteeDecides;
    }
}
