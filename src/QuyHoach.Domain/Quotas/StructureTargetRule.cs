using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Quotas;

/// <summary>Người trong danh sách quy hoạch, as structure targets see them.</summary>
/// <param name="Sex">Sex.</param>
/// <param name="Birth">Birth month (January when only the year is known).</param>
/// <param name="KeyLeadership">Planned for a key leadership title.</param>
/// <param name="ScienceTechnology">Has a science and technology qualification (R-STR-5).</param>
public sealed record PlannedPerson(Sex Sex, YearMonth Birth, bool KeyLeadership, bool ScienceTechnology = false);

/// <summary>Kết quả cơ cấu: counts and the target warnings.</summary>
/// <param name="Total">People measured.</param>
/// <param name="Young">Under the level's young age limit.</param>
/// <param name="Women">Women.</param>
/// <param name="Warnings">Every missed target, as warnings.</param>
/// <param name="ScienceTechnology">With a science and technology qualification (R-STR-5).</param>
public sealed record StructureReport(int Total, int Young, int Women, IReadOnlyList<EligibilityReason> Warnings, int ScienceTechnology = 0);

/// <summary>
/// Cơ cấu cán bộ trẻ, nữ, có trình độ khoa học, công nghệ: targets, never blocking (R-STR-1, R-STR-2, R-STR-4,
/// R-STR-5, R-PRI-9; docs/rules/quotas.md).
/// </summary>
/// <remarks>"Young" is <see cref="YoungCadreRule"/> (exactly 40 years is not young). The base is the list passed in
/// (docs/rules/open-questions.md, question 3).</remarks>
public static class StructureTargetRule
{
    /// <summary>R-STR-1: young cadres, the same basis as <see cref="YoungCadreRule"/>.</summary>
    public static LegalBasis Basis => YoungCadreRule.Basis;

    /// <summary>R-STR-2: women; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis WomenBasis { get; } = LegalBasis.Of("R-STR-2");

    /// <summary>R-STR-4: a woman among key leaders (a provincial rule); documents from the applying rule set.</summary>
    public static LegalBasis WomanKeyLeaderBasis { get; } = LegalBasis.Of("R-STR-4");

    /// <summary>R-STR-5: science and technology qualifications (QĐ 377); documents from the applying rule set.</summary>
    public static LegalBasis ScienceTechnologyBasis { get; } = LegalBasis.Of("R-STR-5");

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
            warnings.Add(new EligibilityReason("WOMEN_SHARE_BELOW_TARGET", ReasonSeverity.Warning, $"Cán bộ nữ {women}/{people.Count}, chưa đạt tỉ lệ {targets.WomenShare}.", WomenBasis));
        }

        if (targets.WomanAmongKeyLeaders && !people.Any(p => p.KeyLeadership && p.Sex == Sex.Female))
        {
            warnings.Add(new EligibilityReason("NO_WOMAN_KEY_LEADER", ReasonSeverity.Warning, "Chưa có cán bộ nữ trong quy hoạch chức danh lãnh đạo chủ chốt.", WomanKeyLeaderBasis));
        }

        var science = people.Count(p => p.ScienceTechnology);
        if (targets.ScienceTechnologyShare is { } share && !share.IsReachedBy(science, people.Count))
        {
            warnings.Add(new EligibilityReason("SCIENCE_TECHNOLOGY_SHARE_BELOW_TARGET", ReasonSeverity.Warning, $"Cán bộ có trình độ khoa học, công nghệ {science}/{people.Count}, chưa đạt tỉ lệ {share}.", ScienceTechnologyBasis));
        }

        return new StructureReport(people.Count, young, women, warnings, science);
    }
}
