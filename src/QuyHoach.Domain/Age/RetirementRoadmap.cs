namespace QuyHoach.Domain.Age;

/// <summary>
/// Lộ trình tuổi nghỉ hưu: the statutory retirement age for one sex, rising from <see cref="FirstYear"/> by
/// <see cref="StepMonths"/> a year up to <see cref="CapMonths"/>.
/// </summary>
/// <remarks>
/// Legal basis: BLLĐ 2019 Điều 169 khoản 2; NĐ 135/2020/NĐ-CP Điều 4 (R-AGE-4; docs/rules/age.md). People who reached
/// <see cref="OldAgeMonths"/> before <see cref="FirstYear"/> kept that age.
/// </remarks>
/// <param name="OldAgeMonths">The age before the roadmap (60 years for men, 55 for women).</param>
/// <param name="FirstAgeMonths">The age in the roadmap's first year (60y3m for men, 55y4m for women in 2021).</param>
/// <param name="StepMonths">Months added each calendar year (3 for men, 4 for women).</param>
/// <param name="CapMonths">The final age (62 for men from 2028, 60 for women from 2035).</param>
/// <param name="FirstYear">The roadmap's first calendar year (2021).</param>
public sealed record RetirementRoadmap(int OldAgeMonths, int FirstAgeMonths, int StepMonths, int CapMonths, int FirstYear)
{
    /// <summary>NĐ 135/2020 for men under normal working conditions.</summary>
    public static RetirementRoadmap Nd135Men { get; } = new(60 * 12, (60 * 12) + 3, 3, 62 * 12, 2021);

    /// <summary>NĐ 135/2020 for women under normal working conditions.</summary>
    public static RetirementRoadmap Nd135Women { get; } = new(55 * 12, (55 * 12) + 4, 4, 60 * 12, 2021);

    /// <summary>The age in force for retirements that happen in calendar year <paramref name="year"/>.</summary>
    public int AgeMonthsInYear(int year) =>
        year < FirstYear ? OldAgeMonths : Math.Min(checked(FirstAgeMonths + (StepMonths * (year - FirstYear))), CapMonths);
}
