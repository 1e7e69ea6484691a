using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Planning;
using QuyHoach.Data.RuleSets;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// Lists of rounds (the home page's tasks, the pipeline report, the reports' waits) read rounds without their frozen rule
/// set row, whose two JSON documents travelled with every row of every step: the set a round froze is then the one
/// RuleSetStore kept by version (R-REG-4), the same as when the row is loaded; a round whose stored version was never
/// read is an error, never silently judged by the built-in set of the same id.
/// </summary>
public sealed class RoundRuleSetKeptTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task RoundReadWithoutItsFrozenRow_HasTheSameRuleSet_AndAnUnreadVersionIsRefused()
    {
        var app = fixture.App;
        var (_, staff, _) = await RoundDriver.InDepartmentAsync(app);
        // A round created with a rule set chosen points at that set's stored version (R-REG-4).
        var id = await RoundDriver.RemovalRoundAsync(staff, "Rà soát quy hoạch đọc bộ quy tắc");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var loaded = await db.PlanningRounds.AsNoTracking().SingleAsync(r => r.Id == id);
        var bare = await db.PlanningRounds.AsNoTracking().IgnoreAutoIncludes().SingleAsync(r => r.Id == id);
        Assert.NotNull(loaded.FrozenRuleSet);
        Assert.Null(bare.FrozenRuleSet);
        Assert.NotNull(bare.RuleSetVersionId);

        await RuleSetStore.KeepAsync(db, [bare.RuleSetVersionId], CancellationToken.None);
        var kept = PlanningCodes.RuleSetOf(bare);
        Assert.NotNull(kept);
        Assert.Same(PlanningCodes.RuleSetOf(loaded), kept);

        var unread = new PlanningRound { Id = Guid.NewGuid(), RuleSetId = bare.RuleSetId, RuleSetVersionId = Guid.NewGuid() };
        Assert.Throws<InvalidOperationException>(() => PlanningCodes.RuleSetOf(unread));
    }
}
