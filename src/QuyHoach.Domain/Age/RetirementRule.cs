using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Age;

/// <summary>Thời điểm nghỉ hưu: the retirement age, retirement month and pension-start month of one person.</summary>
/// <param name="RetirementAge">The age at which the person retires.</param>
/// <param name="RetirementMonth">The month in whose last day the person retires (NĐ 135/2020 Điều 3).</param>
/// <param name="PensionStartMonth">The month after the retirement month, when the pension starts.</param>
public sealed record RetirementFacts(AgeInMonths RetirementAge, YearMonth RetirementMonth, YearMonth PensionStartMonth);

/// <summary>
/// Tuổi nghỉ hưu và thời gian công tác còn lại: retirement age by sex and birth month under the NĐ 135/2020 roadmap,
/// and the months of working life left at a reference month by the HD 06-HD/BTCTW method.
/// </summary>
/// <remarks>
/// <para>The age that applies is the one in force in the calendar year in which the person reaches it (NĐ 135/2020
/// Điều 4). Because each year's cohort starts later than the previous year's ended, no man retires in
/// January–March of 2021–2028 and no woman in January–April of 2021–2035 (docs/rules/age.md).</para>
/// <para>Months remaining = retirement month index − reference month index (the HD 06 method of docs/rules/age.md, which
/// reproduces the four cut-offs of Kế hoạch 331/KH-SCT); the birth day is ignored. Legal basis: R-AGE-4, R-APPAGE-3, R-APPAGE-5.</para>
/// </remarks>
public static class RetirementRule
{
    /// <summary>R-AGE-4: retirement age and months left; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-AGE-4");

    /// <summary>The roadmap for <paramref name="sex"/> under NĐ 135/2020.</summary>
    public static RetirementRoadmap RoadmapFor(Sex sex) => sex switch
    {
        Sex.Male => RetirementRoadmap.Nd135Men,
        Sex.Female => RetirementRoadmap.Nd135Women,
    };

    /// <summary>The statutory retirement age of a person of <paramref name="sex"/> born in <paramref name="birth"/>.</summary>
    public static AgeInMonths RetirementAge(Sex sex, YearMonth birth) => RetirementAge(RoadmapFor(sex), birth);

    /// <summary>The retirement age under <paramref name="roadmap"/>: the first year whose age is reached within that year.</summary>
    public static AgeInMonths RetirementAge(RetirementRoadmap roadmap, YearMonth birth)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        var b = birth.Index;
        if ((b + roadmap.OldAgeMonths) / 12 < roadmap.FirstYear)
        {
            return new AgeInMonths(roadmap.OldAgeMonths);
        }

        // floor((b + age(year)) / 12) − year falls by at most one a year (the step is under 12 months),
        // so it reaches zero exactly; the bound only guards against a malformed roadmap.
        for (var year = roadmap.FirstYear; year <= roadmap.FirstYear + 200; year++)
        {
            var age = roadmap.AgeMonthsInYear(year);
            if ((b + age) / 12 == year)
            {
                return new AgeInMonths(age);
            }
        }

        throw new InvalidOperationException("Lộ trình tuổi nghỉ hưu không hợp lệ.");
    }

    /// <summary>
    /// Retirement facts for one person. <paramref name="personalAge"/> overrides the statutory age (arduous work,
    /// armed forces, extended service: BLLĐ 2019 Điều 169 khoản 3–4, HD 06 note; R-APPAGE-6).
    /// </summary>
    public static RetirementFacts For(Sex sex, YearMonth birth, AgeInMonths? personalAge = null)
    {
        var age = personalAge ?? RetirementAge(sex, birth);
        var month = birth.AddMonths(age.TotalMonths);
        return new RetirementFacts(age, month, month.AddMonths(1));
    }

    /// <summary>
    /// Months of working life left at <paramref name="reference"/> (HD 06 method): may be zero or negative once the
    /// retirement month is reached or passed.
    /// </summary>
    public static int MonthsRemaining(Sex sex, YearMonth birth, YearMonth reference, AgeInMonths? personalAge = null) =>
        For(sex, birth, personalAge).RetirementMonth.MonthsSince(reference);

    /// <summary>Age in whole months at <paramref name="reference"/>, birth day ignored (HD 06 method).</summary>
    public static AgeInMonths AgeAt(YearMonth birth, YearMonth reference) => new(reference.MonthsSince(birth));
}
