using System.Net;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>Approval: R-DOS-2 at the 6-month boundary, R-DOS-3, R-EFF-1 from the signing day, R-AUTH-2 late warning, decision numbers unique.</summary>
public sealed class ApprovalTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly SignedOn = new(2022, 11, 30);

    [Fact]
    public async Task Approval_EveryBoundary()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        var (a, b) = (dossiers["SCT-0015"], dossiers["SCT-0016"]);

        // Item 2 of 29/05/2022 is valid through 29/11/2022: stale on the signing day 30/11/2022; nothing is written.
        await plans.ReadyAsync(a, "30/05/2022");
        var (status, _) = await PlansDriver.UploadAsync(plans.Staff, a, 2, "29/05/2022", "so-yeu-ly-lich.pdf", PlansDriver.Pdf("cũ"));
        Assert.Equal(HttpStatusCode.Created, status);
        var stale = await plans.Leader.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", new { decision = PlansDriver.Decision("01-QĐ/SCT", SignedOn), dossierIds = new[] { a } });
        Assert.StartsWith("Chưa phê duyệt được: ", stale, StringComparison.Ordinal);
        Assert.EndsWith(": thành phần 2 ngày 29/05/2022 chỉ có giá trị đến 29/11/2022, quá thời hạn vào ngày xem xét 30/11/2022 (R-DOS-2).", stale, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), (await plans.CountAsync("plan_decisions"), await plans.CountAsync("plan_entries")));

        // Exactly 6 months (30/05 → 30/11) is still valid: the newest item 2 counts.
        await PlansDriver.UploadAsync(plans.Staff, a, 2, "30/05/2022", "so-yeu-ly-lich-moi.pdf", PlansDriver.Pdf("mới"));
        var view = await plans.Staff.OkAsync(HttpMethod.Put, $"/api/v1/dossiers/{a}/dates", new { consideredOn = SignedOn, completedOn = (DateOnly?)null });
        Assert.Equal(("fresh", "2022-11-30", true), (view.GetProperty("items")[1].GetProperty("state").GetString(), view.GetProperty("items")[1].GetProperty("validThrough").GetString(), view.GetProperty("ready").GetBoolean()));

        // R-DOS-3: no appraisal, then "not met", blocks approval.
        for (var item = 1; item <= 6; item++)
        {
            await PlansDriver.UploadAsync(plans.Staff, b, item, "01/07/2022", $"b-{item}.pdf", PlansDriver.Pdf("b"));
        }

        var unappraised = await plans.Leader.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", new { decision = PlansDriver.Decision("01-QĐ/SCT", SignedOn), dossierIds = new[] { b } });
        Assert.EndsWith(": chưa thẩm định tiêu chuẩn chính trị (R-DOS-3).", unappraised, StringComparison.Ordinal);
        await plans.Staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/dossiers/{b}/appraisal", new { outcome = "not-met", appraisedOn = new DateOnly(2022, 11, 1) });
        await plans.Staff.OkAsync(HttpMethod.Put, $"/api/v1/dossiers/{b}/appraisal", new { outcome = "not-met", appraisedOn = new DateOnly(2022, 11, 1), note = "Kết luận của Ủy ban Kiểm tra" });
        var notMet = await plans.Leader.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", new { decision = PlansDriver.Decision("01-QĐ/SCT", SignedOn), dossierIds = new[] { b } });
        Assert.EndsWith(": kết luận không đạt tiêu chuẩn chính trị, không phê duyệt được (R-DOS-3, R-REM-AUTO).", notMet, StringComparison.Ordinal);
        Assert.Equal((0L, 0L), (await plans.CountAsync("plan_decisions"), await plans.CountAsync("plan_entries")));

        // R-EFF-1: effective from the signing day.
        var approved = await plans.ApproveAsync(roundId, "01-QĐ/SCT", SignedOn, a);
        Assert.Equal(("approval", "01-QĐ/SCT", "2022-11-30", 0), (approved.GetProperty("kind").GetString(), approved.GetProperty("number").GetString(), approved.GetProperty("signedOn").GetString(), approved.GetProperty("warnings").GetArrayLength()));
        Assert.Equal(["SCT-0015 2022-11-30"], approved.GetProperty("entries").EnumerateArray().Select(e => $"{e.GetProperty("cadreCode").GetString()} {e.GetProperty("effectiveFrom").GetString()}"));
        Assert.Empty(await plans.PlanAsync(SignedOn.AddDays(-1)));
        Assert.Equal(["SCT-0015"], await plans.PlanAsync(SignedOn));
        Assert.Equal(1, await plans.App.AuditCountAsync("plan.approved"));

        // An approved dossier is closed.
        await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, $"/api/v1/dossiers/{a}/appraisal", new { outcome = "met", appraisedOn = new DateOnly(2022, 11, 1) });

        // R-AUTH-2: complete on 01/11/2022 → due Tue 13/12/2022 (30 working days, no holidays); signed 14/12 is late but recorded.
        await plans.Staff.OkAsync(HttpMethod.Put, $"/api/v1/dossiers/{b}/appraisal", new { outcome = "met", appraisedOn = new DateOnly(2022, 11, 2) });
        var dated = await plans.Staff.OkAsync(HttpMethod.Put, $"/api/v1/dossiers/{b}/dates", new { consideredOn = (DateOnly?)null, completedOn = new DateOnly(2022, 11, 1) });
        Assert.Equal("2022-12-13", dated.GetProperty("dueOn").GetString());

        // The decision number is unique for the authority: 409 and nothing written.
        var reused = await plans.Leader.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", new { decision = PlansDriver.Decision("01-QĐ/SCT", new DateOnly(2022, 12, 14)), dossierIds = new[] { b } });
        Assert.Equal("Số quyết định \"01-QĐ/SCT\" đã được dùng cho một quyết định khác của cấp có thẩm quyền này.", reused);
        Assert.Equal(1L, await plans.CountAsync("plan_decisions"));

        var late = await plans.ApproveAsync(roundId, "02-QĐ/SCT", new DateOnly(2022, 12, 14), b);
        var warning = Assert.Single(late.GetProperty("warnings").EnumerateArray()).GetString()!;
        Assert.EndsWith(": phê duyệt ngày 14/12/2022, chậm 1 ngày làm việc (1 ngày) so với thời hạn 13/12/2022 (30 ngày làm việc kể từ ngày nhận đủ hồ sơ 01/11/2022, R-AUTH-2).", warning, StringComparison.Ordinal);
        Assert.Equal(["SCT-0015"], await plans.PlanAsync(new DateOnly(2022, 12, 13)));
        Assert.Equal(["SCT-0015", "SCT-0016"], (await plans.PlanAsync(new DateOnly(2022, 12, 14))).Order());
    }
}
