using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Features.Plans;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// The losing side of a double submit, made certain: a second opening of the same proposal commits while the first is
/// between its check ("is one open already?") and its save, so the first save is refused by the one-open-proposal
/// index and must read back the winner (R-PRI-7). Timed requests (<see cref="ProposalDoubleSubmitTests"/>) reach this
/// path only when the race happens to fall that way.
/// </summary>
public sealed class ProposalRaceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Open_AnotherOpeningCommitsBeforeTheSave_AnswersTheWinner_OneAuditEvent()
    {
        using var scope = fixture.App.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<QuyHoachDbContext>>();
        var staff = await scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>().Users.AsNoTracking()
            .SingleAsync(u => u.UserName == QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName);
        var actor = new PlanningActor(staff.Id, new HashSet<string> { AppRoles.Staff }, staff.OrganisationId) { Name = staff.UserName! };
        var request = new ProposalRequest("SCT-0040", "SCT-PP", Nomination: false, new DateOnly(2026, 5, 4));
        var opened = await fixture.App.AuditCountAsync("appointment.proposal_opened");

        ProposalView? winner = null;
        var racer = new RaceBeforeSave(async () =>
        {
            await using var other = new QuyHoachDbContext(options);
            winner = (await new ProposalHandler(other, TimeProvider.System).OpenAsync(actor, request, CancellationToken.None)).Value;
        });
        await using var db = new QuyHoachDbContext(new DbContextOptionsBuilder<QuyHoachDbContext>(options).AddInterceptors(racer).Options);

        var answer = await new ProposalHandler(db, TimeProvider.System).OpenAsync(actor, request, CancellationToken.None);

        Assert.True(racer.Raced);
        Assert.NotNull(winner);
        Assert.Null(answer.Refusal);
        Assert.Equal(winner, answer.Value);
        Assert.Equal(opened + 1, await fixture.App.AuditCountAsync("appointment.proposal_opened"));
    }

    /// <summary>Runs the competing write once, just before the first save of the context it is added to.</summary>
    private sealed class RaceBeforeSave(Func<Task> competitor) : SaveChangesInterceptor
    {
        public bool Raced { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Raced)
            {
                Raced = true;
                await competitor().ConfigureAwait(false);
            }

            return result;
        }
    }
}
