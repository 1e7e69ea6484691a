using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Age;

/// <summary>
/// Cán bộ trẻ: a cadre is young when the age in whole months at the reference month is below the rule set's limit
/// for the level (480 months, "under 40", for provincial and district levels; 540 for the central level) (R-STR-1).
/// The one definition of "young": <see cref="Quotas.StructureTargetRule"/> counts with it.
/// </summary>
/// <remarks>
/// Age is <c>mi(ref) − mi(birth)</c>, birth day ignored (HD 06 method). Exactly the limit is not young: born
/// 04/1986 is 480 months old in 04/2026 (docs/rules/quotas.md). The reference month is the round's (docs/rules/open-questions.md, question 3).
/// </remarks>
public static class YoungCadreRule
{
    /// <summary>R-STR-1: young cadres; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-STR-1");

    /// <summary>
    /// Giới hạn tuổi trẻ: the limit in months for <paramref name="level"/> (e.g. <c>province</c>, <c>central</c>) in
    /// <paramref name="targets"/>; a level the rule set does not name is a caller error.
    /// </summary>
    public static int LimitMonths(StructureTargets targets, string level)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return targets.YoungAgeLimitMonths.TryGetValue(level, out var limit)
            ? limit
            : throw new ArgumentException($"Không có giới hạn tuổi trẻ cho cấp \"{level}\".", nameof(level));
    }

    /// <summary>True when a cadre born in <paramref name="birth"/> is younger than <paramref name="limitMonths"/> at <paramref name="reference"/>.</summary>
    public static bool IsYoung(YearMonth birth, YearMonth reference, int limitMonths) =>
        RetirementRule.AgeAt(birth, reference).TotalMonths < limitMonths;
}
