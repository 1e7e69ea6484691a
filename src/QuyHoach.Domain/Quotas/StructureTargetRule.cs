using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Quotas;

/// <summary>Người trong danh sách quy hoạch, as structure targets see them.</summary>
/// <param name="Sex">Sex.</param>
/// <param name="Birth">Birth month (January when only the year is known).</param>
/// <param name="KeyLeadership">Planned for a key leadership title.</param>
public sealed record PlannedPerson(Sex Sex, YearMonth Birth, bool KeyLeadership);

/// <summary>Kết quả cơ cấu: counts and the target warnings.</summary>
/// <param name="Total">People measured.</param>
/// <param name="Young">Under the level's young age limit.</param>
/// <param name="Women">Women.</param>
/// <param name="Warnings">Every missed target, as warnings.</param>
public sealed record StructureReport(int Total, int Young, int Women, IReadOnlyList<EligibilityReason> Warnings);

/// <summary>
/// Cơ cấu cán bộ trẻ, nữ: targets, never blocking (R-STR-1, R-STR-2, R-STR-4, R-PRI-9; rules §12 cases 21–23).
/// </summary>
/// <remarks>"Young" is <see cref="YoungCadreRule"/> (exactly 40 years is not young). The base is the list passed in
/// (rules §10 question 3).</remarks>
public static class StructureTargetRule
{
    /// <summary>R-STR-1 · QĐ 50 Điều 8, the same basis as <see cref="YoungCadreRule"/> (R-STR-2 for women).</summary>
    public static LegalBasis Basis => YoungCadreRule.Basis;

    /// <summary>Checks <paramref name="people"/> at <paramref name="reference"/> for the level <paramref name="level"/>.</summary>
    public static StructureReport Check(IReadOnlyList<PlannedPerson> people, string level, YearMonth reference, StructureTargets targets)
    {
        ArgumentNullException.ThrowIfNull(people);
        var limit = YoungCadreRule.LimitMonths(targets, level);
        var young = people.Count(p => YoungCadreRule.IsYoung(p.Birth, reference, limit));
        var women = people.Count(p => p.Sex == Sex.Female);
        var warnings = new List<EligibilityReason>();
        if (!targets.YoungShare.IsReachedBy(young, people.Count))
        {
            warnings.Add(new EligibilityReason("YOUNG_SHARE_BELOW_TARGET", ReasonSeverity.Warning, $"Cán bộ trẻ {young}/{people.Count}, chưa đạt tỉ lệ {targets.YoungShare}.", Basis));
        }

        if (!targets.WomenShare.IsReachedBy(women, people.Count))
        {
            warnings.Add(new EligibilityReason("WOMEN_SHARE_BELOW_TARGET", ReasonSeverity.Warning, $"Cán bộ nữ {women}/{people.Count}, chưa đạt tỉ lệ {targets.WomenShare}.", Basis with { RuleId = "R-STR-2" }));
        }

        if (targets.WomanAmongKeyLeaders && !people.Any(p => p.KeyLeadership && p.Sex == Sex.Female))
        {
            warnings.Add(new EligibilityReason("NO_WOMAN_KEY_LEADER", ReasonSeverity.Warning, "Chưa có cán bộ nữ trong quy hoạch chức danh lãnh đạo chủ chốt.", new LegalBasis("R-STR-4", "Kế hoạch 331/KH-SCT")));
        }

        return new StructureReport(people.Count, young, women, warnings);
    }
}
