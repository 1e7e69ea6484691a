using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.Eligibility;

/// <summary>The department's titles (Kế hoạch 331/KH-SCT) and a cadre who meets everything; tests change one fact at a time.</summary>
internal static class Cadres
{
    public static RuleSet Qd50 => RuleSetCatalog.BuiltIn.Find("qd50")!;

    public static RuleSet NamDinh => RuleSetCatalog.BuiltIn.Find("qd50-nam-dinh")!;

    public static RuleSet Qd377 => RuleSetCatalog.BuiltIn.Find("qd377")!;

    public static PlannedTitle DeputyDirector { get; } = new(
        "PGD", "Phó Giám đốc Sở", 3, "province", TitleKind.Leadership,
        new TitleStandards(PoliticalTheoryLevel.Advanced, new RequiredLevel<ProfessionalLevel>(ProfessionalLevel.Bachelor, false), new RequiredLevel<StateManagementLevel>(StateManagementLevel.Principal, true)),
        [new SourceGroup(1, ["TP"]), new SourceGroup(2, ["PP"])]);

    public static CadreFacts Good { get; } = new(
        "CB1", Sex.Male, new PartialDate(1975, 6), new HeldTitle("TP", 2),
        PoliticalTheoryLevel.Advanced, null, ProfessionalLevel.Master, StateManagementLevel.Principal,
        [new YearRating(2021, Rating.Good)], [], ViolationStatus.None, PoliticalStandard.Met, false, false, []);

    public static EligibilityRequest Request(CadreFacts cadre, PlanTermKind term = PlanTermKind.Current, string asOf = "2022-04-15") =>
        new(cadre, DeputyDirector, term, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

    public static DisciplineRecord Party(DisciplineForm form, string effective) =>
        new(DisciplineAuthority.Party, form, DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture));

    public static DisciplineRecord State(DisciplineForm form, string effective) =>
        new(DisciplineAuthority.State, form, DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture));
}
