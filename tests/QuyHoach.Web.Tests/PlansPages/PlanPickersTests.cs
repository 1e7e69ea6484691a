using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using QuyHoach.Domain.Common;
using QuyHoach.Web.Tests.PlanningPages;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.PlansPages;

/// <summary>
/// Issue 11 item 2 on the plan page: the filter and the appointment take the cadre by a name typed without
/// diacritics and the title from a list of names (no code typed); the plan, decision, dossier and round pages show
/// no internal code (cadre numbers such as SCT-0015 only beside the name).
/// </summary>
public sealed partial class PlanPickersTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task PlanPage_FilterAndAppointmentPickCadreByPlainName_TitleByName()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0015"], "30/05/2022");
        await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossiers["SCT-0015"]);
        // The title's standards that must be met before appointment (R-STD-1), so that the appointment is recorded.
        await plans.MeetsStandardsAsync("SCT-0015", new DateOnly(2022, 6, 1));
        var name = (await plans.PlanLinesAsync(new DateOnly(2022, 11, 30))).Single(l => l.GetProperty("cadreCode").GetString() == "SCT-0015").GetProperty("fullName").GetString()!;
        var plain = VietnameseText.Fold(name);
        Assert.NotEqual(name.ToLowerInvariant(), plain);
        var staff = plans.Staff.Http;

        // The filter: a title chosen by its name, a cadre by the name typed without diacritics.
        var page = await PageForms.GetAsync(staff, "/quy-hoach?ngay=30/11/2022");
        Assert.Null(page.QuerySelector("input[name='chuc-danh']:not([type=hidden]), input[name$='TitleCode'], input[name$='CadreCode']"));
        var titleOption = Assert.Single(page.QuerySelectorAll("#loc-chuc-danh option"), o => o.TextContent == "Trưởng phòng và tương đương");
        var filtered = await PageForms.TextAsync(staff, $"/quy-hoach?ngay=30/11/2022&chuc-danh={titleOption.GetAttribute("value")}&can-bo={Uri.EscapeDataString(plain)}");
        Assert.Contains($"{name} (SCT-0015)", filtered, StringComparison.Ordinal);
        Assert.Single(new HtmlParser().ParseDocument(filtered).QuerySelectorAll(".plan-lines tbody tr"));

        // The appointment: the picker's plain search finds the cadre; the post names the choice and the title.
        var url = $"/quy-hoach?ngay=01/03/2023&tim-bo-nhiem={Uri.EscapeDataString(plain)}";
        var form = (await PageForms.GetAsync(staff, url)).QuerySelector("#bo-nhiem-lua-chon")!;
        var choice = Assert.Single(form.QuerySelectorAll("input[type=radio][name='Appoint.CadreId']"), r => r.NextElementSibling!.TextContent.StartsWith(name + " (sinh năm", StringComparison.Ordinal));
        var appointed = await PageForms.PostAsync(staff, url, "bo-nhiem",
            ("Appoint.CadreId", choice.GetAttribute("value")!), ("Appoint.TitleCode", titleOption.GetAttribute("value")!), ("Appoint.StartedOn", "01/03/2023"), ("Appoint.DecisionNumber", "15-QĐ/SCT"));
        Assert.Equal(HttpStatusCode.Redirect, appointed.StatusCode);
        Assert.Equal(1L, await plans.CountAsync("appointments"));
        Assert.DoesNotContain("SCT-0015", await plans.PlanAsync(new DateOnly(2023, 3, 1)));

        // Nothing chosen: one Vietnamese refusal, nothing written.
        var empty = await PageForms.HtmlAsync(staff, await PageForms.PostAsync(staff, "/quy-hoach", "bo-nhiem", ("Appoint.StartedOn", "01/03/2023")));
        Assert.Contains("Hãy chọn cán bộ, chức danh và nhập ngày bắt đầu quy trình bổ nhiệm (dd/MM/yyyy).", empty, StringComparison.Ordinal);
        Assert.Equal(1L, await plans.CountAsync("appointments"));
    }

    [Fact]
    public async Task PlanningPages_ShowNoInternalCodeOrGuid()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async("qd50-nam-dinh");
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0016"], "30/05/2022");
        var decision = await plans.ApproveAsync(roundId, "02-QĐ/SCT", new DateOnly(2022, 11, 30), dossiers["SCT-0016"]);
        string[] pages =
        [
            "/quy-hoach?ngay=30/11/2022", $"/quyet-dinh/{decision.GetProperty("id").GetGuid()}", $"/ho-so/{dossiers["SCT-0016"]}",
            $"/dot-quy-hoach/{roundId}", $"/dot-quy-hoach/{roundId}/ho-so", "/ho-so", "/dot-quy-hoach",
        ];
        foreach (var url in pages)
        {
            var text = VisibleText(await PageForms.TextAsync(plans.Staff.Http, url));
            Assert.True(!Code().IsMatch(text) && !Guid().IsMatch(text), $"{url}: {Code().Match(text).Value}{Guid().Match(text).Value}\n{text}");
        }
    }

    /// <summary>The text a reader sees, without rule ids (R-REM-AUTO, allowed as a small label) and document numbers (331/KH-SCT).</summary>
    private static string VisibleText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var hidden in document.QuerySelectorAll("script, style, [hidden]").ToList())
        {
            hidden.Remove();
        }

        return RuleOrNumber().Replace(document.Body!.TextContent, " ");
    }

    [GeneratedRegex(@"\bR-[A-Z]+(-[A-Z0-9]+)*\b|\S*\d\S*/\S+")]
    private static partial Regex RuleOrNumber();

    [GeneratedRegex(@"\b[A-ZĐ]{2,}-[A-ZĐ]{2,}\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();
}
