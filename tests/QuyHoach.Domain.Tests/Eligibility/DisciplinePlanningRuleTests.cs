using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.Eligibility;

public class DisciplinePlanningRuleTests
{
    private static string Codes(RuleSet set, string asOf, ViolationStatus violation, params DisciplineRecord[] records)
    {
        var v = EligibilityPolicy.Evaluate(Cadres.Request(Cadres.Good with { Disciplines = records, Violation = violation }, asOf: asOf), set);
        return string.Join(',', v.Reasons.Select(r => r.Code + ":" + r.Basis.RuleId));
    }

    // the example of docs/rules/discipline.md: Party khiển trách announced 20/03/2025 → in force through 20/03/2026, plannable from 21/03/2026.
    [Theory]
    [InlineData("2026-03-20", "DISCIPLINE_IN_FORCE:R-DIS-50")]
    [InlineData("2026-03-21", "")]
    public void Check_Qd50PartyReprimand_BarsWhileInForce(string asOf, string expected) =>
        Assert.Equal(expected, Codes(Cadres.Qd50, asOf, ViolationStatus.None, Cadres.Party(DisciplineForm.KhienTrach, "2025-03-20")));

    // the example of docs/rules/discipline.md: công chức cảnh cáo 01/08/2024 → free from 02/08/2025; giáng chức → 02/08/2026.
    [Theory]
    [InlineData(DisciplineForm.CanhCao, "2025-08-01", "DISCIPLINE_IN_FORCE:R-DIS-50")]
    [InlineData(DisciplineForm.CanhCao, "2025-08-02", "")]
    [InlineData(DisciplineForm.GiangChuc, "2026-08-01", "DISCIPLINE_IN_FORCE:R-DIS-50")]
    [InlineData(DisciplineForm.GiangChuc, "2026-08-02", "")]
    public void Check_Qd50StateBars_Case36(DisciplineForm form, string asOf, string expected) =>
        Assert.Equal(expected, Codes(Cadres.Qd50, asOf, ViolationStatus.None, Cadres.State(form, "2024-08-01")));

    // R-DIS-377 three cases.
    [Theory]
    [InlineData(ViolationStatus.ReviewedWithoutDiscipline, "")]
    [InlineData(ViolationStatus.NotDisciplinedRemedied, "")]
    [InlineData(ViolationStatus.NotDisciplinedNotRemedied, "VIOLATION_NOT_REMEDIED:R-DIS-377")]
    [InlineData(ViolationStatus.UnderHandling, "DISCIPLINE_CASE_OPEN:R-DIS-P2")]
    public void Check_Qd377Violations_ThreeCases(ViolationStatus violation, string expected) =>
        Assert.Equal(expected, Codes(Cadres.Qd377, "2026-01-10", violation));

    [Theory]
    [InlineData(DisciplineForm.KhienTrach, "2026-03-21", "")] // case 3: ended khiển trách
    [InlineData(DisciplineForm.KhienTrach, "2026-03-20", "DISCIPLINE_IN_FORCE:R-DIS-377")]
    [InlineData(DisciplineForm.CachChuc, "2026-03-21", "DISCIPLINE_WAIT:R-DIS-377A")]
    [InlineData(DisciplineForm.CachChuc, "2030-03-21", "")]
    public void Check_Qd377Discipline_EndedLightFormAllowed(DisciplineForm form, string asOf, string expected) =>
        Assert.Equal(expected, Codes(Cadres.Qd377, asOf, ViolationStatus.None, Cadres.Party(form, "2025-03-20")));

    [Fact]
    public void Check_CollectiveDiscipline_Ignored() =>
        Assert.Equal(string.Empty, Codes(Cadres.Qd50, "2025-04-01", ViolationStatus.None, Cadres.Party(DisciplineForm.KhienTrach, "2025-03-20") with { IsCollective = true }));
}
