using System.Net;
using System.Text.Json;
using QuyHoach.Web.Hosting;
using QuyHoach.Web.Tests.Outputs;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// The demo's approved 2025–2030 plan, brought in on the first start by decisions without a round: it holds from the
/// signing day 15/12/2025 (R-EFF-1), its cadres pass the screening for their planned title, and every page, document and
/// API of a decision works for a decision without a round (the report to the higher level is refused in Vietnamese).
/// </summary>
public sealed class DemoPlanTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly SignedOn = new(2025, 12, 15);

    [Fact]
    public async Task DemoPlan_HoldsForEligibleCadres_AndItsRoundlessDecisionsWorkEverywhere()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        await HoldsFromTheSigningDayForEligibleCadresAsync(plans);
        await EveryPageDocumentAndApiAnswersAsync(plans);
        await AppointmentAfterTheThreeMonthWaitAcceptedAsync(plans);
    }

    private async Task HoldsFromTheSigningDayForEligibleCadresAsync(PlansDriver plans)
    {
        // The day before, only the plan carried from the department that merged into this one (DemoMergerTests).
        Assert.All(await AllLinesAsync(plans, SignedOn.AddDays(-1)), l => Assert.Equal(DemoMerger.DecisionNumber, l.GetProperty("decisionNumber").GetString()));
        var lines = await AllLinesAsync(plans, SignedOn);
        Assert.Equal(
            ["SCT-PGD SCT-0009 1520-QĐ/TU", "SCT-PGD SCT-0010 1520-QĐ/TU", "SCT-PP SCT-0036 15/QĐ-SCT", "SCT-PP SCT-0038 15/QĐ-SCT", "SCT-PP SCT-0045 15/QĐ-SCT", "SCT-TP SCT-0023 15/QĐ-SCT", "SCT-TP SCT-0024 15/QĐ-SCT"],
            lines.Select(l => $"{l.GetProperty("titleCode").GetString()} {l.GetProperty("cadreCode").GetString()} {l.GetProperty("decisionNumber").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(lines, l => Assert.Equal(("2025-2030", "2025-12-15", "2026-03-16", 0), (l.GetProperty("term").GetString(), l.GetProperty("effectiveFrom").GetString(), l.GetProperty("appointableFrom").GetString(), l.GetProperty("triggers").GetArrayLength())));
        Assert.Equal(lines.Length, (await plans.Staff.OkAsync(HttpMethod.Get, "/api/v1/plan")).GetProperty("lines").GetArrayLength());

        // The profile's screening (rule set in force today, the plans holding as a round reads them) does not contradict
        // the plan: eligible, at most with obligations, but for being already planned for that title this term (R-PRI-5).
        foreach (var line in lines)
        {
            var profile = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/cadres/{await fixture.App.CadreIdAsync(line.GetProperty("cadreCode").GetString()!)}");
            var verdict = profile.GetProperty("screening").GetProperty("verdicts").EnumerateArray().Single(v => v.GetProperty("title").GetString() == line.GetProperty("titleName").GetString());
            var failures = verdict.GetProperty("reasons").EnumerateArray().Where(r => r.GetProperty("severity").GetString() == "Failure").Select(r => r.GetProperty("code").GetString()).ToList();
            Assert.True(failures.All(code => code == "ALREADY_PLANNED"), $"{line.GetProperty("cadreCode").GetString()}: {verdict}");
        }
    }

    private static async Task EveryPageDocumentAndApiAnswersAsync(PlansDriver plans)
    {
        var line = (await AllLinesAsync(plans, SignedOn)).First(l => l.GetProperty("decisionNumber").GetString() == "15/QĐ-SCT");
        var (id, name) = (line.GetProperty("decisionId").GetGuid(), line.GetProperty("fullName").GetString()!);

        var decision = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/decisions/{id}");
        Assert.Equal(("approval", "2025-12-15", JsonValueKind.Null, 5), (decision.GetProperty("kind").GetString(), decision.GetProperty("signedOn").GetString(), decision.GetProperty("roundId").ValueKind, decision.GetProperty("entries").GetArrayLength()));

        var page = await PageAsync(plans, $"/quyet-dinh/{id}");
        Assert.Contains("15/QĐ-SCT", page, StringComparison.Ordinal);
        Assert.Contains(name, page, StringComparison.Ordinal);
        Assert.DoesNotContain("higher-level-report.docx", page, StringComparison.Ordinal);
        Assert.Contains($"/quyet-dinh/{id}", await PageAsync(plans, "/quy-hoach"), StringComparison.Ordinal);

        // The decision with its annex and the notice cite the number; the summary list (unnumbered) lists the people.
        foreach (var document in (string[])["decision.docx", "summary-list.docx", "notice.docx"])
        {
            var paragraphs = await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/decisions/{id}/{document}");
            Assert.True(document == "summary-list.docx" || paragraphs.Any(p => p.Contains("15/QĐ-SCT", StringComparison.Ordinal)), $"{document}: {string.Join('\n', paragraphs)}");
            Assert.Contains(paragraphs, p => p.Contains(name, StringComparison.Ordinal));
        }

        var pdf = await DownloadedDocuments.GetAsync(plans.Staff, $"/api/v1/decisions/{id}/summary-list.pdf", "application/pdf");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var refused = await DownloadedDocuments.RefusedAsync(plans.Staff, HttpStatusCode.NotFound, $"/api/v1/decisions/{id}/higher-level-report.docx");
        Assert.Contains("không gắn với đợt quy hoạch nào", refused, StringComparison.Ordinal);

        // The province's decision for Phó Giám đốc (another approving authority, a Party body) answers as well.
        var provincial = (await AllLinesAsync(plans, SignedOn)).First(l => l.GetProperty("decisionNumber").GetString() == "1520-QĐ/TU");
        var provincialId = provincial.GetProperty("decisionId").GetGuid();
        Assert.Contains("1520-QĐ/TU", await PageAsync(plans, $"/quyet-dinh/{provincialId}"), StringComparison.Ordinal);
        foreach (var document in (string[])["decision.docx", "summary-list.docx", "notice.docx"])
        {
            Assert.Contains(await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/decisions/{provincialId}/{document}"), p => p.Contains(provincial.GetProperty("fullName").GetString()!, StringComparison.Ordinal));
        }

        var workbook = await DownloadedDocuments.ExcelAsync(plans.Staff, "/api/v1/plan/planned-list.xlsx?asOf=15/12/2025");
        Assert.Contains(Assert.Single(workbook).Value, r => r.Contains(name, StringComparison.Ordinal));
        var today = await DownloadedDocuments.ExcelAsync(plans.Staff, "/api/v1/plan/planned-list.xlsx");
        Assert.Contains(Assert.Single(today).Value, r => r.Contains(name, StringComparison.Ordinal));
    }

    private static async Task AppointmentAfterTheThreeMonthWaitAcceptedAsync(PlansDriver plans)
    {
        object Appoint(DateOnly startedOn) => new { cadreCode = "SCT-0038", titleCode = "SCT-PP", startedOn, decisionNumber = "30/QĐ-SCT" };

        // 15/12/2025 + 3 months = 15/03/2026; the first allowed day is 16/03/2026 (R-PRI-8, docs/rules/calendar.md).
        var early = await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/appointments", Appoint(new DateOnly(2026, 3, 15)));
        Assert.Contains("15/QĐ-SCT", early, StringComparison.Ordinal);
        var appointed = await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/plan/appointments", Appoint(new DateOnly(2026, 3, 16)));
        Assert.Equal(("SCT-PP", "2026-03-16"), (appointed.GetProperty("titleCode").GetString(), appointed.GetProperty("startedOn").GetString()));
        Assert.DoesNotContain("SCT-0038", await plans.PlanAsync(new DateOnly(2026, 3, 16), "SCT-PP"));
        Assert.Contains("SCT-0038", await plans.PlanAsync(new DateOnly(2026, 3, 15), "SCT-PP"));
    }

    private static async Task<JsonElement[]> AllLinesAsync(PlansDriver plans, DateOnly asOf) =>
        (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/plan?asOf={asOf:dd/MM/yyyy}")).GetProperty("lines").EnumerateArray().ToArray();

    private static async Task<string> PageAsync(PlansDriver plans, string url)
    {
        using var response = await plans.Staff.Http.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}\n{text}");
        return WebUtility.HtmlDecode(text);
    }
}
