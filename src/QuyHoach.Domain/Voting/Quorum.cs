using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>
/// Số lượng tối thiểu để hội nghị hợp lệ: a conference may vote only when at least <see cref="Share"/> of those
/// convened are present (R-QUO-1: 2/3, <c>3·present ≥ 2·convened</c>).
/// </summary>
/// <param name="Share">The share of the convened that must be present (inclusive).</param>
/// <remarks>Checked before each ballot (rules §2.5 default). Invited non-members on the convening list count in
/// <c>convened</c>.</remarks>
public sealed record Quorum(Ratio Share)
{
    /// <summary>R-QUO-1 · seeds 000, 001 (QĐ 50 as implemented locally).</summary>
    public static LegalBasis Basis { get; } = new("R-QUO-1", "Quy định 50-QĐ/TW; Kế hoạch 331/KH-SCT");

    /// <summary>True when <paramref name="present"/> of <paramref name="convened"/> is enough.</summary>
    public bool IsMet(int present, int convened) => Share.IsReachedBy(present, convened);

    /// <summary>The smallest number present that meets the quorum.</summary>
    public int MinPresent(int convened) => checked((int)Share.CeilingOf(convened));
}
