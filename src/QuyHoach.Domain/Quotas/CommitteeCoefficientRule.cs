using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Quotas;

/// <summary>Trạng thái hệ số quy hoạch.</summary>
public enum CoefficientStatus
{
    /// <summary>Trong khoảng cho phép.</summary>
    WithinRange,

    /// <summary>Thấp hơn hệ số tối thiểu (warning).</summary>
    BelowMinimum,

    /// <summary>Vượt hệ số tối đa (error).</summary>
    AboveMaximum,
}

/// <summary>Kết quả kiểm tra hệ số quy hoạch cấp ủy.</summary>
/// <param name="Status">Within, below (warning) or above (error).</param>
/// <param name="MinPlanned">Smallest planned count within range (ceiling of Min·N).</param>
/// <param name="MaxPlanned">Largest planned count within range (floor of Max·N).</param>
/// <param name="Message">Vietnamese message; null when within range.</param>
public sealed record CoefficientCheck(CoefficientStatus Status, int MinPlanned, int MaxPlanned, string? Message);

/// <summary>
/// Hệ số quy hoạch cấp ủy, ban thường vụ, ủy ban kiểm tra: planned count between Min·N and Max·N of the regulated
/// size N (R-COEF-1; docs/rules/quotas.md).
/// </summary>
/// <remarks>Integer tests <c>planned·dmin ≥ nmin·N</c> and <c>planned·dmax ≤ nmax·N</c>; with 1.5 the maximum is
/// the floor of 1.5·N. Below the minimum is a warning (docs/rules/open-questions.md, question 4).</remarks>
public static class CommitteeCoefficientRule
{
    /// <summary>R-COEF-1: committee coefficient; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-COEF-1");

    /// <summary>Checks <paramref name="planned"/> against <paramref name="regulatedSize"/>.</summary>
    public static CoefficientCheck Check(int regulatedSize, int planned, CoefficientRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        ArgumentOutOfRangeException.ThrowIfNegative(regulatedSize);
        ArgumentOutOfRangeException.ThrowIfNegative(planned);
        var min = checked((int)range.Min.CeilingOf(regulatedSize));
        var max = checked((int)range.Max.FloorOf(regulatedSize));
        if (!range.Min.IsReachedBy(planned, regulatedSize))
        {
            return new CoefficientCheck(CoefficientStatus.BelowMinimum, min, max, $"Số quy hoạch ({planned}) thấp hơn hệ số tối thiểu: cần ít nhất {min}.");
        }

        return range.Max.IsExceededBy(planned, regulatedSize)
            ? new CoefficientCheck(CoefficientStatus.AboveMaximum, min, max, $"Số quy hoạch ({planned}) vượt hệ số tối đa: nhiều nhất {max}.")
            : new CoefficientCheck(CoefficientStatus.WithinRange, min, max, null);
    }
}
