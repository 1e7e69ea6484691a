using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// The profile's screening cites each reason's legal basis from the rule set it screens under (today: QĐ 377), so a
/// QĐ 377 verdict never names QĐ 50; the page prints the same text after "Căn cứ:".
/// </summary>
public sealed class ProfileLegalBasisTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Profile_ReasonsCiteTheDocumentsOfTheRuleSetInForce()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var id = await App.CadreIdAsync("SCT-0013");
        var profile = await staff.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres/{id}", UriKind.Relative));
        var screening = profile.GetProperty("screening");
        var ruleSet = RuleSetCatalog.BuiltIn.Find(screening.GetProperty("ruleSet").GetString()!.Split('@')[0])!;
        var reasons = screening.GetProperty("verdicts").EnumerateArray().Concat(screening.GetProperty("nextTermVerdicts").EnumerateArray())
            .SelectMany(v => v.GetProperty("reasons").EnumerateArray())
            .Select(r => (RuleId: r.GetProperty("ruleId").GetString()!, Basis: r.GetProperty("legalBasis").GetString()!))
            .ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.Equal(ruleSet.Cite(LegalBasis.Of(r.RuleId)).ToString(), r.Basis));
        Assert.All(reasons, r => Assert.Contains(ruleSet.LegalDocuments, d => r.Basis.Contains(d.Reference(), StringComparison.Ordinal)));
        if (ruleSet.Regime == Regime.Qd377)
        {
            Assert.All(reasons, r => Assert.DoesNotContain("50-QĐ/TW", r.Basis, StringComparison.Ordinal));
        }

        var html = await staff.GetStringAsync(new Uri($"/can-bo/{id}", UriKind.Relative));
        Assert.Contains("Căn cứ: " + reasons[0].Basis, html, StringComparison.Ordinal);
    }
}
