using System.Net;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// R-TRANS-1 in the plan: entries of a plan approved before QĐ 50 took effect (27/12/2021, read from the decision's
/// date) are held to 60 months and nothing higher at the annual review and by the automatic-removal check, although
/// đối tượng 2 of Trưởng phòng needs 120 months under Nam Định's set; that 120 binds new additions (and entries approved
/// under QĐ 50) only.
/// </summary>
public sealed class TransitionalEntriesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task TransitionalEntries_HeldToSixty_NewAdditionsTo120()
    {
        var app = fixture.App;
        // Men 04, 05, 06/1966 retire 04, 05, 06/2028: 59, 60, 61 months at 05/2023; 04/1971 retires 04/2033: 119.
        await AgeCasesSql.AddMenAsync(app, "SCT-CV", ("TR-59", 1966, 4), ("TR-60", 1966, 5), ("TR-61", 1966, 6), ("TR-61Q", 1966, 6), ("TR-119", 1971, 4));
        await AgeCasesSql.PlanAsync(app, "05-QĐ/SCT", new DateOnly(2021, 6, 15), "SCT-TP", "2020-2025", "TR-59", "TR-60", "TR-61");
        await AgeCasesSql.PlanAsync(app, "06-QĐ/SCT", new DateOnly(2022, 6, 15), "SCT-TP", "2020-2025", "TR-61Q");
        var plans = await PlansDriver.StartAsync(app);

        // The annual review opens with the current plan: 59 removed automatically, 60 and 61 kept (60 months, R-TRANS-1);
        // the same 61 months under an approval of 06/2022 fall short of đối tượng 2's 120.
        var round = await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2023",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2023-05",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        var list = (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list")).EnumerateArray()
            .Where(e => e.GetProperty("cadreCode").GetString()!.StartsWith("TR-", StringComparison.Ordinal))
            .Select(e => $"{e.GetProperty("cadreCode").GetString()} {e.GetProperty("action").GetString()} {e.GetProperty("monthsRemaining")}/{e.GetProperty("requiredMonths")}");
        Assert.Equal(["TR-59 automatic-removal 59/60", "TR-60 keep 60/60", "TR-61 keep 61/60", "TR-61Q automatic-removal 61/120"], list);

        // A new addition to đối tượng 2 with 119 months is refused without a justification.
        var refused = await plans.Staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/rounds/{id}/source-list",
            new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "TR-119", justification = (string?)null } } });
        Assert.Contains("Thời gian công tác còn lại tính từ 05/2023 là 119 tháng, chưa đủ 120 tháng.", refused, StringComparison.Ordinal);

        // The plan as it stands on 20/05/2023 shows the same triggers, and the automatic-removal decision follows them.
        var lines = (await plans.PlanLinesAsync(new DateOnly(2023, 5, 20))).Where(l => l.GetProperty("cadreCode").GetString()!.StartsWith("TR-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["TR-59", "TR-61Q"], lines.Where(l => l.GetProperty("triggers").GetArrayLength() > 0).Select(l => l.GetProperty("cadreCode").GetString()).Order());
        Assert.Contains("Quá tuổi quy hoạch: còn 59 tháng công tác tính từ 05/2023, cần 60 tháng.", Trigger(lines, "TR-59"), StringComparison.Ordinal);
        var kept = await plans.Leader.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/automatic-removals",
            new { decision = PlansDriver.Decision("21-QĐ/SCT", new DateOnly(2023, 5, 20)), entryIds = new[] { Entry(lines, "TR-60"), Entry(lines, "TR-61") } });
        Assert.Contains("không thuộc trường hợp đương nhiên ra khỏi quy hoạch", kept, StringComparison.Ordinal);
        var removed = await plans.Leader.OkAsync(HttpMethod.Post, "/api/v1/plan/automatic-removals",
            new { decision = PlansDriver.Decision("21-QĐ/SCT", new DateOnly(2023, 5, 20)), entryIds = new[] { Entry(lines, "TR-59") } });
        Assert.Equal("TR-59", Assert.Single(removed.GetProperty("entries").EnumerateArray()).GetProperty("cadreCode").GetString());
    }

    private static Guid Entry(List<JsonElement> lines, string code) =>
        lines.Single(l => l.GetProperty("cadreCode").GetString() == code).GetProperty("entryId").GetGuid();

    private static string Trigger(List<JsonElement> lines, string code) =>
        lines.Single(l => l.GetProperty("cadreCode").GetString() == code).GetProperty("triggers")[0].GetString()!;
}
