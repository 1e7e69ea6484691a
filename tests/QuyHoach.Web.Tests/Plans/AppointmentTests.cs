using System.Net;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>Appointment into the planned title: R-PRI-8 (3 months, civil-code reading of qd50-nam-dinh), R-EFF-2, R-PRI-7, R-USE-1.</summary>
public sealed class AppointmentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Appointment_WaitOpenRoundAndPlanGuards()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0015"], "30/05/2022");
        await plans.ReadyAsync(dossiers["SCT-0016"], "30/05/2022");
        await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossiers["SCT-0015"], dossiers["SCT-0016"]);
        var line = (await plans.PlanLinesAsync(new DateOnly(2022, 11, 30))).Single(l => l.GetProperty("cadreCode").GetString() == "SCT-0015");
        Assert.Equal("2023-03-01", line.GetProperty("appointableFrom").GetString());

        // The title's standards that must be met before appointment (R-STD-1, R-USE-2) are met by then.
        await plans.MeetsStandardsAsync("SCT-0015", new DateOnly(2022, 12, 1));
        await plans.MeetsStandardsAsync("SCT-0016", new DateOnly(2022, 12, 1));

        // 30/11/2022 + 3 months = 28/02/2023 (February has no 30th); the wait has passed only from 01/03/2023 (civil code, docs/rules/calendar.md).
        var early = await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/appointments", Appoint("SCT-0015", new DateOnly(2023, 2, 28)));
        Assert.Equal("Chưa đủ 3 tháng kể từ ngày phê duyệt quy hoạch 30/11/2022 (quyết định 01-QĐ/SCT): sớm nhất từ ngày 01/03/2023 mới bắt đầu quy trình bổ nhiệm được (R-PRI-8).", early);
        Assert.Equal(0L, await plans.CountAsync("appointments"));
        Assert.NotEqual("SCT-TP", await CurrentTitleAsync(plans, "SCT-0015"));

        var appointed = await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/plan/appointments", Appoint("SCT-0015", new DateOnly(2023, 3, 1)));
        Assert.Equal(("SCT-TP", "2023-03-01", "2023-03-01", "15-QĐ/SCT"), (appointed.GetProperty("titleCode").GetString(), appointed.GetProperty("startedOn").GetString(), appointed.GetProperty("earliestStart").GetString(), appointed.GetProperty("decisionNumber").GetString()));

        // R-EFF-2: the entry ends on the start day; the registry holds the planned title from that day.
        Assert.Contains("SCT-0015", await plans.PlanAsync(new DateOnly(2023, 2, 28)));
        Assert.DoesNotContain("SCT-0015", await plans.PlanAsync(new DateOnly(2023, 3, 1)));
        Assert.Equal("SCT-TP", await CurrentTitleAsync(plans, "SCT-0015"));
        Assert.Equal(1, await plans.App.AuditCountAsync("appointment.recorded"));

        // R-USE-1: not in the approved plan (SCT-0017 failed the final vote).
        var notPlanned = await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/appointments", Appoint("SCT-0017", new DateOnly(2023, 3, 1)));
        Assert.EndsWith("không có trong quy hoạch chức danh Trưởng phòng và tương đương đã được phê duyệt vào ngày 01/03/2023: bổ nhiệm phải căn cứ quy hoạch (R-USE-1).", notPlanned, StringComparison.Ordinal);

        // R-PRI-7: a round covering SCT-TP is open (draft): no appointment into SCT-TP meanwhile.
        await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2023",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2023-03",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var concurrent = await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/appointments", Appoint("SCT-0016", new DateOnly(2023, 3, 1)));
        Assert.Equal("Đang tiến hành đợt quy hoạch \"Rà soát, bổ sung quy hoạch năm 2023\" có chức danh Trưởng phòng và tương đương: không đồng thời thực hiện quy trình bổ nhiệm vào chức danh này (R-PRI-7).", concurrent);
        Assert.Equal(1L, await plans.CountAsync("appointments"));
        Assert.Contains("SCT-0016", await plans.PlanAsync(new DateOnly(2023, 3, 1)));
    }

    private static object Appoint(string cadreCode, DateOnly startedOn) => new { cadreCode, titleCode = "SCT-TP", startedOn, decisionNumber = "15-QĐ/SCT" };

    private static async Task<string?> CurrentTitleAsync(PlansDriver plans, string cadreCode)
    {
        await using var connection = new Npgsql.NpgsqlConnection(plans.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT t.code FROM assignments a JOIN titles t ON t.id = a.title_id JOIN cadres c ON c.id = a.cadre_id WHERE c.code = @p AND a.\"to\" IS NULL", connection);
        command.Parameters.AddWithValue("p", cadreCode);
        return (string?)await command.ExecuteScalarAsync();
    }
}
