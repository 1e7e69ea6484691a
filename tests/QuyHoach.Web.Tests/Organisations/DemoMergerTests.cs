using System.Text.Json;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.Organisations;

/// <summary>
/// R-ORG-3 in the demo as it starts, with no setting: the working department is the successor under the working
/// province, Nam Định's department its history. Its 2022 plan reads under Nam Định on 30/06/2025 and under the working
/// department from 01/07/2025, saying where it came from, until the successor's review of 15/12/2025; the 2022
/// decision still prints Nam Định, the working department's decisions print their own province and place.
/// </summary>
public sealed class DemoMergerTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task DemoStarts_Merged_OldPlanUnderNamDinh_ThenCarried_DocumentsNameTheirOwnPlace()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);

        var before = await LinesAsync(plans, DemoMerger.On.AddDays(-1));
        Assert.Equal(DemoMerger.PlannedIn2022, before.Select(l => l.GetProperty("cadreCode").GetString()).Order(StringComparer.Ordinal));
        Assert.All(before, l => Assert.Equal((DemoMerger.PredecessorName, DemoMerger.DecisionNumber, JsonValueKind.Null), (l.GetProperty("unitName").GetString(), l.GetProperty("decisionNumber").GetString(), l.GetProperty("carriedFrom").ValueKind)));

        var after = await LinesAsync(plans, DemoMerger.On);
        Assert.Equal(DemoMerger.PlannedIn2022, after.Select(l => l.GetProperty("cadreCode").GetString()).Order(StringComparer.Ordinal));
        Assert.All(after, l => Assert.Equal((QuyHoachAppFactory.DemoDepartmentName, DemoMerger.PredecessorName), (l.GetProperty("unitName").GetString(), l.GetProperty("carriedFrom").GetString())));
        Assert.DoesNotContain(await LinesAsync(plans, new DateOnly(2025, 12, 15)), l => DemoMerger.PlannedIn2022.Contains(l.GetProperty("cadreCode").GetString()!));

        var old = await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/decisions/{before[0].GetProperty("decisionId").GetGuid()}/decision.docx");
        Assert.Contains(old, p => p.StartsWith("Nam Định, ngày 15 tháng 9 năm 2022", StringComparison.Ordinal));
        Assert.Contains(old, p => p.Contains("UBND TỈNH NAM ĐỊNH", StringComparison.Ordinal));
        var place = QuyHoachAppFactory.DemoProvinceName["Tỉnh ".Length..];
        var current = (await LinesAsync(plans, new DateOnly(2025, 12, 15))).First(l => l.GetProperty("decisionNumber").GetString() == "15/QĐ-SCT");
        var own = await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/decisions/{current.GetProperty("decisionId").GetGuid()}/decision.docx");
        Assert.Contains(own, p => p.StartsWith(place + ", ngày 15 tháng 12 năm 2025", StringComparison.Ordinal));
        Assert.Contains(own, p => p.Contains("UBND TỈNH " + place.ToUpperInvariant(), StringComparison.Ordinal));
        Assert.DoesNotContain(own, p => p.Contains("TỈNH NAM ĐỊNH", StringComparison.Ordinal));
    }

    private static async Task<JsonElement[]> LinesAsync(PlansDriver plans, DateOnly asOf) =>
        (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/plan?asOf={asOf:dd/MM/yyyy}")).GetProperty("lines").EnumerateArray().ToArray();
}
