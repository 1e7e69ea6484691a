using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Tests.Eligibility;

namespace QuyHoach.Domain.Tests.Quotas;

public class PlanCapRuleTests
{
    private static string Codes(EligibilityRequest request) =>
        string.Join(',', EligibilityPolicy.Evaluate(request, Cadres.Qd50).Reasons.Select(r => r.Code));

    // the example of docs/rules/quotas.md (R-PRI-5). The caller counts other plans per (title, term), so a 4th plan for the current
    // term is judged on the current term's count only.
    [Theory]
    [InlineData(2, "")]
    [InlineData(3, "TITLE_CAP_REACHED")]
    public void Evaluate_TitleCap_FourthRejected(int others, string codes) =>
        Assert.Equal(codes, Codes(Cadres.Request(Cadres.Good, PlanTermKind.Next) with { OtherActivePlansForTitle = others }));

    // the example of docs/rules/quotas.md (R-PRI-6): committee membership titles are not counted, and may be added.
    [Theory]
    [InlineData(TitleKind.Leadership, PlanTermKind.Current, "CADRE_CAP_REACHED")]
    [InlineData(TitleKind.Leadership, PlanTermKind.Next, "")]
    [InlineData(TitleKind.CommitteeMembership, PlanTermKind.Current, "")]
    public void Evaluate_CadreCap_LeadershipOnly(TitleKind plannedKind, PlanTermKind term, string codes)
    {
        ActivePlan[] plans = [new("A", "province", TitleKind.Leadership, PlanTermKind.Current), new("B", "province", TitleKind.Leadership, PlanTermKind.Current), new("C", "province", TitleKind.Leadership, PlanTermKind.Current), new("U", "province", TitleKind.CommitteeMembership, PlanTermKind.Current)];
        var request = Cadres.Request(Cadres.Good with { ActivePlans = plans }, term) with { Title = Cadres.DeputyDirector with { Kind = plannedKind } };
        Assert.Equal(codes, Codes(request));
    }

    [Fact]
    public void Evaluate_SameTitleSameTerm_AlreadyPlanned() =>
        Assert.Equal("ALREADY_PLANNED", Codes(Cadres.Request(Cadres.Good with { ActivePlans = [new("PGD", "province", TitleKind.Leadership, PlanTermKind.Current)] })));
}
