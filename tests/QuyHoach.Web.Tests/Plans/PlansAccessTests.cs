using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>Who sees dossiers and the plan: counters and delegates never; inspectors read only; another department's staff gets 404 and an empty plan.</summary>
public sealed class PlansAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Access_RolesAndScope()
    {
        var app = fixture.App;
        var plans = await PlansDriver.StartAsync(app);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        var dossierId = dossiers["SCT-0015"];
        await plans.ReadyAsync(dossierId, "30/05/2022");
        var fileId = (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/dossiers/{dossierId}")).GetProperty("items")[0].GetProperty("files")[0].GetProperty("id").GetGuid();
        var asOf = "/api/v1/plan?asOf=30/11/2022";

        foreach (var role in new[] { AppRoles.Counter, AppRoles.Delegate })
        {
            var client = new PlanningClient(await app.SignInAsAsync(role));
            Assert.Equal("Vai trò của bạn không được xem hồ sơ và quy hoạch.", await client.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/dossiers/{dossierId}"));
            await client.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Get, asOf);
            await client.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers");
            using var download = await client.Http.GetAsync(new Uri($"/api/v1/dossiers/{dossierId}/documents/{fileId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        }

        // The inspector reads but never changes.
        var inspector = new PlanningClient(await app.SignInAsAsync(AppRoles.Inspector));
        Assert.Equal("SCT-0015", (await inspector.OkAsync(HttpMethod.Get, $"/api/v1/dossiers/{dossierId}")).GetProperty("cadreCode").GetString());
        Assert.Equal(2, (await inspector.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers")).GetProperty("dossiers").GetArrayLength());
        var (upload, _) = await PlansDriver.UploadAsync(inspector, dossierId, 1, "01/06/2022", "x.pdf", PlansDriver.Pdf("x"));
        Assert.Equal(HttpStatusCode.Forbidden, upload);
        Assert.Equal("Chỉ chuyên viên tổ chức được cập nhật hồ sơ.", await inspector.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Put, $"/api/v1/dossiers/{dossierId}/appraisal", new { outcome = "met", appraisedOn = new DateOnly(2022, 11, 1) }));
        Assert.Equal("Chỉ chuyên viên tổ chức hoặc lãnh đạo được ghi nhận quyết định.", await inspector.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval",
            new { decision = PlansDriver.Decision("01-QĐ/SCT", new DateOnly(2022, 11, 30)), dossierIds = new[] { dossierId } }));
        Assert.Equal(0L, await plans.CountAsync("plan_decisions"));
        Assert.Equal(6L, await plans.CountAsync("dossier_documents"));

        await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossierId);
        Assert.Equal(["SCT-0015"], await plans.PlanAsync(new DateOnly(2022, 11, 30), client: inspector));

        // Another department's staff: the dossier and its files do not exist for them; the plan is empty.
        var other = await app.CreateOtherDepartmentAsync();
        var stranger = new PlanningClient(await app.SignInAsUserAsync(other.StaffUserName));
        Assert.Equal("Không tìm thấy hồ sơ trong phạm vi của bạn.", await stranger.RefusedAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/dossiers/{dossierId}"));
        using var theirs = await stranger.Http.GetAsync(new Uri($"/api/v1/dossiers/{dossierId}/documents/{fileId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        await stranger.RefusedAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers");
        Assert.Empty((await stranger.OkAsync(HttpMethod.Get, asOf)).GetProperty("lines").EnumerateArray());
        Assert.Empty(await plans.PlanAsync(new DateOnly(2022, 11, 30), client: stranger));
        var (theirUpload, _) = await PlansDriver.UploadAsync(stranger, dossierId, 1, "01/06/2022", "x.pdf", PlansDriver.Pdf("x"));
        Assert.Equal(HttpStatusCode.NotFound, theirUpload);
        Assert.Equal(0, await app.AuditCountAsync("dossier.file_viewed"));
    }
}
