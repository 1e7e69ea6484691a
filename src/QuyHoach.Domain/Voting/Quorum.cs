using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Voting;

/// <summary>
/// Số lượng tối thiểu để hội nghị hợp lệ: a conference may vote only when at least <see cref="Share"/> of those
/// convened are present (R-QUO-1: 2/3, <c>3·present ≥ 2·convened</c>).
/// </summary>
/// <param name="Share">The share of the convened that must be present (inclusive).</param>
/// <remarks>Checked before each ballot (R-QUO-1; docs/rules/votes.md). Invited non-members on the convening list count in
/// <c>convened</c>.</remarks>
public sealed record Quorum(Ratio Share)
{
    /// <summary>R-QUO-1: two thirds of those convened; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-QUO-1");

    /// <summary>True when <paramref name="present"/> of <paramref name="convened"/> is enough.</summary>
    public bool IsMet(int present, int convened) => Share.IsReachedBy(present, convened);

    /// <summary>The share as pages and messages print it, e.g. "2/3": from the rule set, never a literal.</summary>
    public string ShareText => $"{Share.Numerator}/{Share.Denominator}";

    /// <summary>The smallest number present that meets the quorum.</summary>
    public int MinPresent(int convened) => checked((int)Share.CeilingOf(convened));
}
