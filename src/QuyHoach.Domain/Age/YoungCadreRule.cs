using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Age;

/// <summary>
/// Cán bộ trẻ: a cadre is young when the age in whole months at the reference month is below the rule set's
/// threshold (480 months, "under 40", for provincial and district levels; 540 for the central level) (R-STR-1).
/// </summary>
/// <remarks>
/// Age is <c>mi(ref) − mi(birth)</c>, birth day ignored (HD 06 method). Exactly the threshold is not young: born
/// 04/1986 is 480 months old in 04/2026 (rules §12 case 23).
/// </remarks>
public static class YoungCadreRule
{
    /// <summary>R-STR-1 · QĐ 50-QĐ/TW Điều 8.</summary>
    public static LegalBasis Basis { get; } = new("R-STR-1", "Quy định 50-QĐ/TW ngày 27/12/2021", "Điều 8");

    /// <summary>True when a cadre born in <paramref name="birth"/> is younger than <paramref name="thresholdMonths"/> at <paramref name="reference"/>.</summary>
    public static bool IsYoung(YearMonth birth, YearMonth reference, int thresholdMonths) =>
        RetirementRule.AgeAt(birth, reference).TotalMonths < thresholdMonths;
}
