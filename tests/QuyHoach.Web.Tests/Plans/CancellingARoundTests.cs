using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// Hủy đợt quy hoạch: a reason is required; cancelling twice is idempotent; a cancelled round no longer holds up an
/// appointment (R-PRI-7); a closed round cannot be cancelled.
/// </summary>
public sealed class CancellingARoundTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task CancelledRound_NoLongerBlocksAnAppointment()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0015"], "30/05/2022");
        await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossiers["SCT-0015"]);
        await plans.MeetsStandardsAsync("SCT-0015", new DateOnly(2022, 12, 1));
        var trial = (await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Đợt thử",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2023-03",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        })).GetProperty("id").GetGuid();
        Assert.Contains("R-PRI-7", await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/appointments", Appoint()), StringComparison.Ordinal);

        // Without a reason nothing happens: the round still blocks.
        Assert.Equal("Hãy ghi lý do hủy đợt quy hoạch. Đợt quy hoạch chưa bị hủy.", await plans.Staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/rounds/{trial}/cancel", new { reason = "   " }));
        Assert.Contains("vượt quá", await plans.Staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/rounds/{trial}/cancel", new { reason = new string('x', 2001) }), StringComparison.Ordinal);
        Assert.Equal("draft", (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{trial}")).GetProperty("status").GetString());
        Assert.Contains("R-PRI-7", await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/appointments", Appoint()), StringComparison.Ordinal);

        var events = await plans.App.AuditCountAsync("round.cancelled");
        var cancelled = await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{trial}/cancel", new { reason = "Đợt tạo để chạy thử" });
        Assert.Equal(("cancelled", "Đợt tạo để chạy thử"), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("cancellationReason").GetString()));

        // Double submit: the second cancellation answers with the cancelled round and writes nothing.
        var again = await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{trial}/cancel", new { reason = "Gửi lại lần nữa" });
        Assert.Equal(("cancelled", "Đợt tạo để chạy thử"), (again.GetProperty("status").GetString(), again.GetProperty("cancellationReason").GetString()));
        Assert.Equal(events + 1, await plans.App.AuditCountAsync("round.cancelled"));

        var appointed = await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/plan/appointments", Appoint());
        Assert.Equal("SCT-TP", appointed.GetProperty("titleCode").GetString());

        // A closed round is not cancelled.
        Assert.Equal("Đợt quy hoạch đã kết thúc: không hủy được.", await plans.Leader.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{roundId}/cancel", new { reason = "Nhầm" }));
    }

    private static object Appoint() => new { cadreCode = "SCT-0015", titleCode = "SCT-TP", startedOn = new DateOnly(2023, 3, 1), decisionNumber = "15-QĐ/SCT" };
}
