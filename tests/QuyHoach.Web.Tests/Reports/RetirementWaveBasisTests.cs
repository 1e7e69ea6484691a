using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The retirement-wave page names the legal basis of the retirement ages (R-AGE-4) as the rule set's legal catalogue
/// names it ("Nghị định số 135/2020/NĐ-CP ngày 18/11/2020", with the labour code and HD 06), not as a literal of its own.
/// </summary>
public sealed class RetirementWaveBasisTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task RetirementWavePage_Lead_CitesTheRuleSetsCatalogue()
    {
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);

        var page = await new HtmlParser().ParseDocumentAsync(await staff.GetStringAsync(new Uri("/bao-cao/nghi-huu", UriKind.Relative)));

        var lead = page.QuerySelector("p.lead")!.TextContent;
        Assert.Contains("Tuổi nghỉ hưu theo Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019; Nghị định số 135/2020/NĐ-CP ngày 18/11/2020", lead, StringComparison.Ordinal);
        Assert.EndsWith(", tính đến tháng.", lead.Trim(), StringComparison.Ordinal);
    }
}
