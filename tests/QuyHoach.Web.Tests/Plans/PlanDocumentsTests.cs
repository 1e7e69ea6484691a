using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// The plan's documents generated from recorded data (C6) and reopened: the submission of the closed round, the approval
/// decision with its annex, the summary list as DOCX and PDF, the disclosure notice, the planned list as XLSX, and the
/// automatic removal decision; each generation audited; readers outside the plan's roles refused.
/// </summary>
public sealed class PlanDocumentsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly SignedOn = new(2022, 11, 30);

    [Fact]
    public async Task Documents_CarryTheRecordedDecisionAndPeople()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        var names = await NamesAsync(plans, roundId);

        var submission = await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/rounds/{roundId}/submission.docx");
        Assert.Contains(submission, p => p.Contains("TỜ TRÌNH", StringComparison.Ordinal));
        Assert.Contains(submission, p => p.Contains(names["SCT-0015"], StringComparison.Ordinal));
        Assert.Contains(submission, p => p.Contains(names["SCT-0016"], StringComparison.Ordinal));

        await plans.ReadyAsync(dossiers["SCT-0015"], "01/07/2022");
        var decision = await plans.ApproveAsync(roundId, "07-QĐ/SCT", SignedOn, dossiers["SCT-0015"]);
        var id = decision.GetProperty("id").GetGuid();
        var before = await fixture.App.AuditCountAsync("document.generated");

        var approval = await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/decisions/{id}/decision.docx");
        Assert.Contains(approval, p => p.Contains("QUYẾT ĐỊNH", StringComparison.Ordinal));
        Assert.Contains(approval, p => p.Contains("07-QĐ/SCT", StringComparison.Ordinal));
        Assert.Contains(approval, p => p.Contains(names["SCT-0015"], StringComparison.Ordinal));
        Assert.DoesNotContain(approval, p => p.Contains(names["SCT-0016"], StringComparison.Ordinal));
        Assert.Contains(approval, p => p.Contains("Trần Văn Giám", StringComparison.Ordinal));

        var summary = await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/decisions/{id}/summary-list.docx");
        Assert.Contains(summary, p => p.Contains(names["SCT-0015"], StringComparison.Ordinal));
        var pdf = await DownloadedDocuments.GetAsync(plans.Staff, $"/api/v1/decisions/{id}/summary-list.pdf", "application/pdf");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Contains("/FontFile2", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

        await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/decisions/{id}/notifications",
            new { notifiedOn = SignedOn, recipients = new[] { new { kind = "body", name = "Ban Chấp hành Đảng bộ Sở", userName = (string?)null, organisationCode = (string?)null } } });
        var notice = await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/decisions/{id}/notice.docx");
        Assert.Contains(notice, p => p.Contains("THÔNG BÁO", StringComparison.Ordinal));
        Assert.Contains(notice, p => p.Contains("Ban Chấp hành Đảng bộ Sở", StringComparison.Ordinal));
        Assert.Contains(notice, p => p.Contains(names["SCT-0015"], StringComparison.Ordinal));

        var workbook = await DownloadedDocuments.ExcelAsync(plans.Staff, "/api/v1/plan/planned-list.xlsx?asOf=30/11/2022");
        var rows = Assert.Single(workbook).Value;
        Assert.Contains(rows, r => r.Contains(names["SCT-0015"], StringComparison.Ordinal));
        var empty = await DownloadedDocuments.ExcelAsync(plans.Staff, "/api/v1/plan/planned-list.xlsx?asOf=29/11/2022");
        Assert.DoesNotContain(Assert.Single(empty).Value, r => r.Contains(names["SCT-0015"], StringComparison.Ordinal));
        Assert.Equal(before + 6, await fixture.App.AuditCountAsync("document.generated"));

        // A delegate or counter never receives the plan's documents.
        var delegate_ = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Delegate));
        await DownloadedDocuments.RefusedAsync(delegate_, HttpStatusCode.Forbidden, $"/api/v1/decisions/{id}/decision.docx");
        await DownloadedDocuments.RefusedAsync(delegate_, HttpStatusCode.Forbidden, $"/api/v1/rounds/{roundId}/submission.docx");
    }

    private static async Task<Dictionary<string, string>> NamesAsync(PlansDriver plans, Guid roundId) =>
        (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers")).GetProperty("dossiers").EnumerateArray()
            .ToDictionary(d => d.GetProperty("cadreCode").GetString()!, d => d.GetProperty("fullName").GetString()!);
}
