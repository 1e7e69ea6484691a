using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Import;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.PlanningPages;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// Báo cáo kết quả phê duyệt quy hoạch gửi cấp trên (R-TIME-2) downloaded for Kế hoạch 331/KH-SCT's approval and reopened: the
/// unit, the decision's number and date, the people approved, the recipient (the province's standing committee, above
/// the department's own authority), the counts; audited; readers as for the other decision documents; none for a removal.
/// </summary>
public sealed class HigherLevelReportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly SignedOn = new(2022, 11, 30);

    [Fact]
    public async Task Report_ApprovalDecision_CarriesUnitDecisionNamesAndRecipient_RemovalHasNone()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0015"], "01/07/2022");
        await plans.ReadyAsync(dossiers["SCT-0016"], "01/07/2022");
        var id = (await plans.ApproveAsync(roundId, "07-QĐ/SCT", SignedOn, dossiers["SCT-0015"])).GetProperty("id").GetGuid();
        var nextId = (await plans.ApproveAsync(roundId, "08-QĐ/SCT", SignedOn.AddDays(1), dossiers["SCT-0016"])).GetProperty("id").GetGuid();
        var names = (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers")).GetProperty("dossiers").EnumerateArray()
            .ToDictionary(d => d.GetProperty("cadreCode").GetString()!, d => d.GetProperty("fullName").GetString()!);
        var url = $"/api/v1/decisions/{id}/higher-level-report.docx";
        var before = await fixture.App.AuditCountAsync("document.generated");

        var report = await DownloadedDocuments.WordAsync(plans.Staff, url);
        Assert.Contains("BÁO CÁO", report);
        Assert.Contains("SỞ CÔNG THƯƠNG", report);
        Assert.Contains("Kính gửi: Ban Thường vụ Tỉnh ủy", report);
        var opening = Assert.Single(report, p => p.StartsWith("Sở Công Thương báo cáo kết quả", StringComparison.Ordinal));
        Assert.StartsWith($"Sở Công Thương báo cáo kết quả rà soát, bổ sung quy hoạch cán bộ chức danh Phó trưởng phòng và tương đương, Trưởng phòng và tương đương thuộc {QuyHoachAppFactory.DemoDepartmentName}, nhiệm kỳ", opening, StringComparison.Ordinal);
        Assert.EndsWith("đã được phê duyệt tại Quyết định số 07-QĐ/SCT ngày 30/11/2022 của Giám đốc Sở Công Thương, như sau:", opening, StringComparison.Ordinal);
        var table = string.Join("|", report);
        Assert.Contains("|Trưởng phòng và tương đương|0|1|0|1|", table, StringComparison.Ordinal);
        Assert.Contains("|Cộng|0|1|0|1|", table, StringComparison.Ordinal);
        Assert.Contains("Tổng số 1 người trong quy hoạch sau rà soát (mỗi người tính một lần), trong đó:", report);
        Assert.Contains("- Cán bộ nữ: 0/1 (0,00 %)", report);
        Assert.Contains("- Cán bộ trẻ (dưới 40 tuổi): 1/1 (100,00 %)", report);
        Assert.Contains("I. Chức danh quy hoạch: Trưởng phòng và tương đương", report);
        Assert.Contains(names["SCT-0015"], report);
        Assert.DoesNotContain(names["SCT-0016"], report);
        Assert.Equal("Không có.", report[Array.IndexOf(report, "4. Danh sách đưa ra khỏi quy hoạch") + 1]);

        // The next decision of the round reports the round up to its own signing day: both approvals.
        var next = await DownloadedDocuments.WordAsync(plans.Staff, $"/api/v1/decisions/{nextId}/higher-level-report.docx");
        Assert.Contains(next, p => p.EndsWith("đã được phê duyệt tại Quyết định số 08-QĐ/SCT ngày 01/12/2022 của Giám đốc Sở Công Thương, như sau:", StringComparison.Ordinal));
        Assert.Contains("|Cộng|0|2|0|2|", string.Join("|", next), StringComparison.Ordinal);
        Assert.Contains(names["SCT-0015"], next);
        Assert.Contains(names["SCT-0016"], next);
        Assert.Equal(before + 2, await fixture.App.AuditCountAsync("document.generated"));

        // The decision page links it, as it links the decision's other documents.
        var page = await PageForms.GetAsync(plans.Staff.Http, $"/quyet-dinh/{id}");
        Assert.NotNull(page.QuerySelector($"a[href='{url}']"));

        // Readers as for every decision document: the inspector reads; counters and delegates are refused; another
        // department's staff does not see the decision at all. Refusals generate nothing.
        var inspector = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Inspector));
        Assert.Contains(names["SCT-0015"], await DownloadedDocuments.WordAsync(inspector, url));
        foreach (var role in new[] { AppRoles.Counter, AppRoles.Delegate })
        {
            var client = new PlanningClient(await fixture.App.SignInAsAsync(role));
            Assert.Equal("Vai trò của bạn không được xem hồ sơ và quy hoạch.", await DownloadedDocuments.RefusedAsync(client, HttpStatusCode.Forbidden, url));
        }

        var other = await fixture.App.CreateOtherDepartmentAsync();
        var stranger = new PlanningClient(await fixture.App.SignInAsUserAsync(other.StaffUserName));
        Assert.Equal("Không tìm thấy quyết định trong phạm vi của bạn.", await DownloadedDocuments.RefusedAsync(stranger, HttpStatusCode.NotFound, url));
        Assert.Equal(before + 3, await fixture.App.AuditCountAsync("document.generated"));

        // A Party khiển trách for SCT-0015 from 15/12/2022 (R-REM-AUTO), then the removal decision without a vote.
        var file = new RegistryFiles().Row(DisciplineColumns.Sheet.Name, new()
        {
            [DisciplineColumns.CadreCode.Header] = "SCT-0015",
            [DisciplineColumns.Authority.Header] = "Đảng",
            [DisciplineColumns.Form.Header] = "Khiển trách",
            [DisciplineColumns.DecisionNumber.Header] = "12-QĐ/UBKT",
            [DisciplineColumns.DecisionDate.Header] = "15/12/2022",
            [DisciplineColumns.EffectiveDate.Header] = "15/12/2022",
        }).Build();
        var (upload, _) = await ImportRequests.UploadAsync(plans.Staff.Http, file);
        await ImportRequests.ApplyAsync(plans.Staff.Http, upload);
        var entryId = (await plans.PlanLinesAsync(new DateOnly(2022, 12, 20))).Single(l => l.GetProperty("cadreCode").GetString() == "SCT-0015").GetProperty("entryId").GetGuid();
        var removal = await plans.Leader.OkAsync(HttpMethod.Post, "/api/v1/plan/automatic-removals", new { decision = PlansDriver.Decision("20-QĐ/SCT", new DateOnly(2022, 12, 20)), entryIds = new[] { entryId } });
        var removalId = removal.GetProperty("id").GetGuid();
        before = await fixture.App.AuditCountAsync("document.generated");

        Assert.Equal(
            "Báo cáo cấp trên chỉ lập cho quyết định phê duyệt quy hoạch (R-TIME-2); quyết định này không phải quyết định phê duyệt.",
            await DownloadedDocuments.RefusedAsync(plans.Staff, HttpStatusCode.NotFound, $"/api/v1/decisions/{removalId}/higher-level-report.docx"));
        Assert.Equal(before, await fixture.App.AuditCountAsync("document.generated"));
        page = await PageForms.GetAsync(plans.Staff.Http, $"/quyet-dinh/{removalId}");
        Assert.NotNull(page.QuerySelector($"a[href='/api/v1/decisions/{removalId}/notice.docx']"));
        Assert.Null(page.QuerySelector("a[href$='/higher-level-report.docx']"));
    }
}
