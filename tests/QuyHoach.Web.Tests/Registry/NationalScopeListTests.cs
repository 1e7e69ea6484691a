using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Organisations;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Access;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// A national account (its unit above every unit) lists cadres without the unit filter (UserAccess.SeesEveryUnit,
/// bench/national.sh): it still sees exactly its scope. A department's account does not see every unit; once a unit
/// outside the province exists, the province's account no longer does either, and that unit's cadre stays hidden from it.
/// </summary>
public sealed class NationalScopeListTests
{
    [Fact]
    public async Task AccountAboveEveryUnit_ListsWithoutFilter_AUnitOutsideItsTreeStaysHidden()
    {
        await using var app = await QuyHoachAppFactory.CreateAsync();
        Assert.True(await SeesEveryUnitAsync(app, "bantochuc"));
        Assert.False(await SeesEveryUnitAsync(app, QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName));
        var province = await app.SignInAsUserAsync("bantochuc");
        Assert.Equal(await app.CadreCountAsync(), await TotalAsync(province, ""));

        await app.AddManyCadresAsync(1, "NGOAI-");
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
            var outside = new Organisation { Id = Guid.CreateVersion7(), Code = "TINH-KHAC", Name = "Tỉnh khác", Kind = OrganisationKind.Province, CreatedAt = DateTimeOffset.UtcNow };
            db.Organisations.Add(outside);
            await db.SaveChangesAsync();
            await db.Cadres.Where(c => c.Code == "NGOAI-1").ExecuteUpdateAsync(s => s.SetProperty(c => c.OrganisationId, outside.Id));
        }

        Assert.False(await SeesEveryUnitAsync(app, "bantochuc"));
        Assert.Equal(0, await TotalAsync(province, "ngoai-1"));
        Assert.Equal(await app.CadreCountAsync() - 1, await TotalAsync(province, ""));
    }

    private static async Task<bool> SeesEveryUnitAsync(QuyHoachAppFactory app, string userName)
    {
        using var scope = app.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByNameAsync(userName))!);
        return (await new AccessResolver(scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>()).ForAsync(principal, CancellationToken.None)).SeesEveryUnit;
    }

    private static async Task<long> TotalAsync(HttpClient client, string search) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres?q={Uri.EscapeDataString(search)}", UriKind.Relative))).GetProperty("total").GetInt64();
}
