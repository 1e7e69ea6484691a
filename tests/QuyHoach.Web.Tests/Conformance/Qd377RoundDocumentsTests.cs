using QuyHoach.Domain.RuleSets;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.Conformance;

/// <summary>
/// The same department round run under QĐ 377 (rule set qd377): every document (the minutes of each step, the summary,
/// the submission, the approval decision with its lists, notice and report, and the proposed list) cites
/// QĐ 377's catalogue and never QĐ 50 or HD 16, and still follows the layout rules.
/// </summary>
public sealed class Qd377RoundDocumentsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task EveryDocument_Qd377Round_CitesQd377()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async("qd377");
        var documents = await StateRoundDocumentsTests.ApprovedAsync(plans, roundId);
        var proposedList = await Outputs.DownloadedDocuments.ExcelAsync(plans.Staff, $"/api/v1/rounds/{roundId}/proposed-list.xlsx");

        var failures = LegalBasesCheck.Check(documents, RuleSetCatalog.BuiltIn.Find("qd377")!).Concat(DocumentSet.Check(documents)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains(documents, d => d.AllText.Any(t => t.Contains("377-QĐ/TW", StringComparison.Ordinal)));

        // The quorum and thresholds of qd377 are not confirmed by a published text (R-REG-2): every minutes says so.
        var minutes = documents.Where(d => d.Kind == GeneratedKind.Minutes).ToList();
        Assert.NotEmpty(minutes);
        Assert.All(minutes, d => Assert.Contains(d.AllText, t => t.StartsWith("Ghi chú: tỉ lệ, ngưỡng áp dụng trong văn bản này chưa xác nhận", StringComparison.Ordinal)));
        Assert.DoesNotContain(proposedList.Values.SelectMany(rows => rows), row => row.Contains("50-QĐ/TW", StringComparison.Ordinal) || row.Contains("16-HD/BTCTW", StringComparison.Ordinal));
    }
}
