using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Dashboard;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Features.Plans;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Dashboard;

/// <summary>
/// The home page's scope card and task list read the running rounds of a scope in a fixed number of statements: the
/// statements counted (an EF command interceptor) for a department with one running round are those with four, so a read
/// per round (the progress check, a conference lookup per step) fails here.
/// </summary>
public sealed class HomePageStatementsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int MostStatements = 8;

    [Fact]
    public async Task HomePage_SeveralRunningRounds_SameStatementsAsOne()
    {
        var app = fixture.App;
        var (run, staff, _) = await RoundDriver.InDepartmentAsync(app);
        var first = await RoundAsync(staff, "Rà soát quy hoạch thứ nhất");
        var key = await run.OpenAsync(first, 2, new DateOnly(2022, 5, 10));
        await run.PresentAsync(key, key.GetProperty("convened").GetInt32());
        var (oneTasks, one) = await CountAsync(app);

        foreach (var name in new[] { "Rà soát quy hoạch thứ hai", "Rà soát quy hoạch thứ ba", "Rà soát quy hoạch thứ tư" })
        {
            await RoundAsync(staff, name);
        }

        var (fourTasks, four) = await CountAsync(app);
        Assert.True(fourTasks.OverdueSteps.Count > oneTasks.OverdueSteps.Count, "the added rounds' overdue steps are listed");
        Assert.Equal(one, four);
        Assert.InRange(four, 1, MostStatements);
    }

    private static async Task<Guid> RoundAsync(PlanningClient staff, string name)
    {
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name,
            kind = "next-term-build",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2022-04",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Put, $"/api/v1/rounds/{id}/steps/2", new { dueOn = new DateOnly(2022, 5, 10) });
        await staff.OkAsync(HttpMethod.Put, $"/api/v1/rounds/{id}/steps/3", new { dueOn = new DateOnly(2022, 5, 20) });
        return id;
    }

    /// <summary>The statements of the scope card and the task list of the demo staff, the tree already in memory.</summary>
    private static async Task<(DashboardTasks Tasks, int Statements)> CountAsync(QuyHoachAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var counter = new StatementCounter();
        var options = new DbContextOptionsBuilder<QuyHoachDbContext>(services.GetRequiredService<DbContextOptions<QuyHoachDbContext>>())
            .AddInterceptors(counter).Options;
        await using var db = new QuyHoachDbContext(options);
        var user = await db.Users.SingleAsync(u => u.UserName == "bantochuc");
        var actor = new PlanningActor(user.Id, new HashSet<string> { AppRoles.Staff }, user.OrganisationId);
        var clock = services.GetRequiredService<TimeProvider>();
        var tasks = new DashboardTasksHandler(db, clock, new DossierQuery(db, clock));
        await new DashboardHandler(db).HandleAsync(actor.OrganisationId, CancellationToken.None);
        await tasks.HandleAsync(actor, CancellationToken.None);
        counter.Count = 0;
        var view = await new DashboardHandler(db).HandleAsync(actor.OrganisationId, CancellationToken.None);
        var listed = await tasks.HandleAsync(actor, CancellationToken.None);
        Assert.True(view.OrganisationsInScope > 0);
        return (listed, counter.Count);
    }

    private sealed class StatementCounter : DbCommandInterceptor
    {
        public int Count { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
