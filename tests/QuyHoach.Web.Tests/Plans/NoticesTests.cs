using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>R-PUB-2/3: notifications to a body, a person with an account and a unit; each reads the list in the app, others see nothing.</summary>
public sealed class NoticesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Notices_PersonAndUnitSeeTheList()
    {
        var app = fixture.App;
        var plans = await PlansDriver.StartAsync(app);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0015"], "30/05/2022");
        var decision = await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossiers["SCT-0015"]);
        var decisionId = decision.GetProperty("id").GetGuid();
        await app.CreateAccountAsync("phong1", "Vũ Thị Hoa", AppRoles.Staff, "NDI-SCT-P01");
        await app.CreateAccountAsync("ngoai", "Đinh Văn Khách", AppRoles.Staff, "NDI");

        var recipients = new object[]
        {
            new { kind = "body", name = "Ban Thường vụ Đảng ủy Sở" },
            new { kind = "person", userName = "lanhdao" },
            new { kind = "unit", organisationCode = "NDI-SCT-P01" },
        };

        // Before the signing date: refused, nothing written.
        var early = await plans.Staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/decisions/{decisionId}/notifications", new { notifiedOn = new DateOnly(2022, 11, 29), recipients });
        Assert.Equal("Ngày thông báo (dd/MM/yyyy) phải từ ngày ký quyết định (30/11/2022) đến hôm nay.", early);
        Assert.Equal(0L, await plans.CountAsync("plan_notifications"));

        var notified = await plans.Staff.OkAsync(HttpMethod.Post, $"/api/v1/decisions/{decisionId}/notifications", new { notifiedOn = new DateOnly(2022, 12, 2), recipients });
        Assert.Equal(
            ["body Ban Thường vụ Đảng ủy Sở 2022-12-02", "person Nguyễn Văn Hùng 2022-12-02", "unit " + UnitName(notified) + " 2022-12-02"],
            notified.GetProperty("notifications").EnumerateArray().Select(n => $"{n.GetProperty("kind").GetString()} {n.GetProperty("recipientName").GetString()} {n.GetProperty("notifiedOn").GetString()}").Order());
        Assert.Equal(1, await app.AuditCountAsync("plan.notified"));

        var person = await NoticesAsync(new PlanningClient(await app.SignInAsAsync(AppRoles.Leader)));
        var notice = Assert.Single(person);
        Assert.Equal(("01-QĐ/SCT", "2022-12-02"), (notice.GetProperty("decisionNumber").GetString(), notice.GetProperty("notifiedOn").GetString()));
        Assert.Equal(["Trưởng phòng và tương đương " + FullName(decision)], notice.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("titleName").GetString()} {l.GetProperty("fullName").GetString()}"));

        var unit = Assert.Single(await NoticesAsync(new PlanningClient(await app.SignInAsUserAsync("phong1"))));
        Assert.Equal("01-QĐ/SCT", unit.GetProperty("decisionNumber").GetString());
        Assert.Empty(await NoticesAsync(new PlanningClient(await app.SignInAsUserAsync("ngoai"))));
        Assert.Empty(await NoticesAsync(plans.Staff));
    }

    private static async Task<System.Text.Json.JsonElement[]> NoticesAsync(PlanningClient client) =>
        (await client.OkAsync(HttpMethod.Get, "/api/v1/notices")).EnumerateArray().ToArray();

    private static string FullName(System.Text.Json.JsonElement decision) => decision.GetProperty("entries")[0].GetProperty("fullName").GetString()!;

    private static string UnitName(System.Text.Json.JsonElement decision) =>
        decision.GetProperty("notifications").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "unit").GetProperty("recipientName").GetString()!;
}
