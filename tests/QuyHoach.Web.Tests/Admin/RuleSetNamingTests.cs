using QuyHoach.Data.Identity;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Web.Features.Admin.RuleSets;
using QuyHoach.Web.Features.Shell;

namespace QuyHoach.Web.Tests.Admin;

/// <summary>
/// The rule-set pages name regulations from the rule sets' own catalogue (RuleSetNames, one place), never from
/// literals: a regime value in a difference and the page's lead name the regulation with its date and issuer.
/// </summary>
public sealed class RuleSetNamingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("QD50", "qd50")]
    [InlineData("QD377", "qd377")]
    public void RegimeValue_IsNamedByItsRuleSetsCitation(string regime, string ruleSet)
    {
        var expected = RuleSetNames.Of(RuleSetCatalog.BuiltIn.Find(ruleSet)!);
        Assert.Contains(" ngày ", expected, StringComparison.Ordinal);
        Assert.Equal(expected, RuleSetLabels.Value($"\"{regime}\""));
    }

    [Fact]
    public async Task ListPage_Lead_NamesTheNewestBaseSetsRegulation()
    {
        var admin = await fixture.App.SignInAsAsync(AppRoles.Admin);
        var page = await RuleSetPages.TextAsync(admin, RuleSetPages.ListUrl);
        Assert.Contains($"kế thừa bộ của {RuleSetNames.Of(RuleSetCatalog.BuiltIn.Newest)} và", page, StringComparison.Ordinal);
    }
}
