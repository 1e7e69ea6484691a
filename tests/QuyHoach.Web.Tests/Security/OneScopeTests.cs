using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Organisations;
using QuyHoach.Web.Features.Access;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Hosting;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// One scope for the whole app (docs/adr/0010): the units the registry shows an account (AccessResolver) are exactly
/// the units a round, a conference or a plan of it may belong to (RoundScope), for every demo account, down to a unit
/// many levels below the account's own. (The two used to walk the tree apart: the planning walk stopped 32 levels up.)
/// This compares the app's two readers directly, with the principal Identity builds at sign-in.
/// </summary>
public sealed class OneScopeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int Depth = 40;

    [Fact]
    public async Task EveryDemoAccount_RegistryAndPlanningScope_SameUnits()
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        await AddChainBelowAsync(db, "NDI-SCT-P01", Depth);
        var units = await db.Organisations.AsNoTracking().Select(o => o.Id).ToListAsync();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var compared = 0;
        foreach (var account in DemoSeeder.Accounts)
        {
            var user = await signIn.UserManager.FindByNameAsync(account.UserName);
            var principal = await signIn.CreateUserPrincipalAsync(user!);
            var access = await new AccessResolver(db).ForAsync(principal, CancellationToken.None);
            if (!access.CanRead)
            {
                continue; // The registry shows these roles nothing at all (403), whatever their scope.
            }

            var actor = PlanningActor.From(principal);
            var planning = new List<Guid>();
            foreach (var unit in units)
            {
                if (await RoundScope.CoversAsync(db, actor, unit, CancellationToken.None))
                {
                    planning.Add(unit);
                }
            }

            Assert.True(
                access.OrganisationIds.ToHashSet().SetEquals(planning),
                $"{account.UserName}: registry {access.OrganisationIds.Count} units, planning {planning.Count} units");
            compared++;
        }

        Assert.True(compared >= 4, $"only {compared} demo accounts read the registry");
    }

    /// <summary>A line of <paramref name="depth"/> divisions, each under the one before, below <paramref name="parentCode"/>.</summary>
    private static async Task AddChainBelowAsync(QuyHoachDbContext db, string parentCode, int depth)
    {
        var parent = await db.Organisations.Where(o => o.Code == parentCode).Select(o => o.Id).SingleAsync();
        for (var level = 1; level <= depth; level++)
        {
            var unit = new Organisation
            {
                Id = Guid.CreateVersion7(),
                Code = $"{parentCode}-T{level:D2}",
                Name = $"Tổ công tác cấp {level}",
                Kind = OrganisationKind.Division,
                ParentId = parent,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Organisations.Add(unit);
            parent = unit.Id;
        }

        await db.SaveChangesAsync();
    }
}
