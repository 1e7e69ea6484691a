using QuyHoach.Web.Tests.PlanningPages;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// R-AUTH-2: an approval after the 30-working-day deadline is recorded with a warning that stays with the decision:
/// GET /api/v1/decisions/{id} and the decision page show it, with the rule id and the delay, later and to anyone who
/// reads the decision; an approval on time carries none.
/// </summary>
public sealed class LateApprovalWarningTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Warning_LateApproval_KeptOnTheDecision_OnTimeHasNone()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        foreach (var code in new[] { "SCT-0015", "SCT-0016" })
        {
            await plans.ReadyAsync(dossiers[code], "01/07/2022");
            var dated = await plans.Staff.OkAsync(HttpMethod.Put, $"/api/v1/dossiers/{dossiers[code]}/dates", new { consideredOn = (DateOnly?)null, completedOn = new DateOnly(2022, 11, 1) });
            Assert.Equal("2022-12-13", dated.GetProperty("dueOn").GetString());
        }

        // Due Tue 13/12/2022: signed on the day is on time.
        var onTime = (await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 12, 13), dossiers["SCT-0015"])).GetProperty("id").GetGuid();
        // Signed Mon 19/12/2022: 4 working days late (14, 15, 16, 19/12), 6 calendar days.
        var late = await plans.ApproveAsync(roundId, "02-QĐ/SCT", new DateOnly(2022, 12, 19), dossiers["SCT-0016"]);
        var lateId = late.GetProperty("id").GetGuid();
        var name = (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/dossiers/{dossiers["SCT-0016"]}")).GetProperty("fullName").GetString();
        var expected = $"{name} (Trưởng phòng và tương đương): phê duyệt ngày 19/12/2022, chậm 4 ngày làm việc (6 ngày) so với thời hạn 13/12/2022 (30 ngày làm việc kể từ ngày nhận đủ hồ sơ 01/11/2022, R-AUTH-2).";
        Assert.Equal([expected], late.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));

        // Read back later, by another reader: the warning was stored with the decision.
        var read = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/decisions/{lateId}");
        Assert.Equal([expected], read.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(0, (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/decisions/{onTime}")).GetProperty("warnings").GetArrayLength());

        var page = await PageForms.GetAsync(plans.Staff.Http, $"/quyet-dinh/{lateId}");
        var alert = page.QuerySelector(".decision-warnings[role=alert]");
        Assert.NotNull(alert);
        Assert.Equal([expected], alert.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Null((await PageForms.GetAsync(plans.Staff.Http, $"/quyet-dinh/{onTime}")).QuerySelector(".decision-warnings"));
    }
}
