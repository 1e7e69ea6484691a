using System.Net;
using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Import;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>R-REM-AUTO: a khiển trách recorded for a planned cadre shows as a trigger and ends the entry without a vote; no trigger → R-REM-VOTE.</summary>
public sealed class AutomaticRemovalTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task AutomaticRemoval_DisciplineTriggersNoVote()
    {
        var plans = await PlansDriver.StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();
        var dossiers = await plans.DossiersAsync(roundId);
        await plans.ReadyAsync(dossiers["SCT-0015"], "30/05/2022");
        await plans.ReadyAsync(dossiers["SCT-0016"], "30/05/2022");
        await plans.ApproveAsync(roundId, "01-QĐ/SCT", new DateOnly(2022, 11, 30), dossiers["SCT-0015"], dossiers["SCT-0016"]);
        var before = await plans.PlanLinesAsync(new DateOnly(2022, 12, 20));
        Assert.All(before, l => Assert.Equal(0, l.GetProperty("triggers").GetArrayLength()));

        // A Party khiển trách for SCT-0015, effective 15/12/2022, through the registry import.
        var file = new RegistryFiles().Row(DisciplineColumns.Sheet.Name, new()
        {
            [DisciplineColumns.CadreCode.Header] = "SCT-0015",
            [DisciplineColumns.Authority.Header] = "Đảng",
            [DisciplineColumns.Form.Header] = "Khiển trách",
            [DisciplineColumns.DecisionNumber.Header] = "12-QĐ/UBKT",
            [DisciplineColumns.DecisionDate.Header] = "15/12/2022",
            [DisciplineColumns.EffectiveDate.Header] = "15/12/2022",
        }).Build();
        var (page, _) = await ImportRequests.UploadAsync(plans.Staff.Http, file);
        await ImportRequests.ApplyAsync(plans.Staff.Http, page);

        var lines = await plans.PlanLinesAsync(new DateOnly(2022, 12, 20));
        var disciplined = lines.Single(l => l.GetProperty("cadreCode").GetString() == "SCT-0015");
        var trigger = Assert.Single(disciplined.GetProperty("triggers").EnumerateArray()).GetString()!;
        Assert.Equal("Bị kỷ luật từ khiển trách trở lên đang trong thời hạn. (R-REM-AUTO)", trigger);
        var other = lines.Single(l => l.GetProperty("cadreCode").GetString() == "SCT-0016");
        Assert.Equal(0, other.GetProperty("triggers").GetArrayLength());
        // Before the discipline takes effect there is no trigger.
        Assert.All(await plans.PlanLinesAsync(new DateOnly(2022, 12, 14)), l => Assert.Equal(0, l.GetProperty("triggers").GetArrayLength()));

        // An entry without a trigger needs the removal vote; the whole decision is refused and nothing written.
        var refused = await plans.Leader.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/plan/automatic-removals", new
        {
            decision = PlansDriver.Decision("20-QĐ/SCT", new DateOnly(2022, 12, 20)),
            entryIds = new[] { disciplined.GetProperty("entryId").GetGuid(), other.GetProperty("entryId").GetGuid() },
        });
        Assert.EndsWith(": không thuộc trường hợp đương nhiên ra khỏi quy hoạch vào ngày 20/12/2022; việc đưa ra khỏi quy hoạch phải qua biểu quyết (R-REM-VOTE).", refused, StringComparison.Ordinal);
        Assert.Equal(1L, await plans.CountAsync("plan_decisions"));

        var removed = await plans.Leader.OkAsync(HttpMethod.Post, "/api/v1/plan/automatic-removals", new
        {
            decision = PlansDriver.Decision("20-QĐ/SCT", new DateOnly(2022, 12, 20)),
            entryIds = new[] { disciplined.GetProperty("entryId").GetGuid() },
        });
        Assert.Equal("automatic-removal", removed.GetProperty("kind").GetString());
        var ended = Assert.Single(removed.GetProperty("entries").EnumerateArray());
        Assert.Equal(("SCT-0015", "2022-12-20"), (ended.GetProperty("cadreCode").GetString(), ended.GetProperty("endedOn").GetString()));
        Assert.Equal(["SCT-0015", "SCT-0016"], (await plans.PlanAsync(new DateOnly(2022, 12, 19))).Order());
        Assert.Equal(["SCT-0016"], await plans.PlanAsync(new DateOnly(2022, 12, 20)));
        Assert.Equal(1, await plans.App.AuditCountAsync("plan.removed_automatically"));
        Assert.Equal(0, await plans.App.AuditCountAsync("plan.removed"));
    }
}
