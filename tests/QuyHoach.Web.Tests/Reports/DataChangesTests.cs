using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Web.Database;
using QuyHoach.Web.Features.Reports;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// Which cadres changed since a kept snapshot (DataChanges.ReadAsync, migrations 0041–0043, ADR 0028): named when they
/// are no more than the caller's limit (at least a number, or a share of the registry when that is more), decided by
/// each transaction's count of the cadres it recorded, none when more.
/// </summary>
public sealed class DataChangesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ChangedCadres_AreNamedUpToTheLimit_OrAShareOfTheRegistry_WhenThatIsMore()
    {
        var app = fixture.App;
        await ReportFixtureSql.ExecuteAsync(app, "ANALYZE cadres");
        var registry = await ReportFixtureSql.ScalarAsync<long>(app, "SELECT reltuples::bigint FROM pg_class WHERE oid = 'cadres'::regclass");
        Assert.True(registry >= 6, $"{registry} cadres estimated");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var before = (await DataChanges.ReadAsync(db, null, null, CadreLimit.None, CancellationToken.None)).State.Snapshot;
        await ReportFixtureSql.ExecuteAsync(app, "UPDATE cadres SET updated_at = updated_at WHERE id IN (SELECT id FROM cadres ORDER BY id LIMIT 3)");
        async Task<int?> Named(CadreLimit limit) => (await DataChanges.ReadAsync(db, before, ["cadres"], limit, CancellationToken.None)).Cadres?.Count;

        // Three cadres changed: named when the limit is three, not when it is two, unless a share of the registry (all of
        // it, then one cadre in the registry's size, that is one) is more.
        Assert.Equal(3, await Named(new(3, 0)));
        Assert.Null(await Named(new(2, 0)));
        Assert.Equal(3, await Named(new(2, 1)));
        Assert.Null(await Named(new(2, (int)registry)));
        Assert.Null(await Named(CadreLimit.None));

        // The same three cadres written twice and one of their assignments in one transaction: each is counted once (the
        // count of the transaction, migration 0043), so they are still named under a limit of three.
        var again = (await DataChanges.ReadAsync(db, null, null, CadreLimit.None, CancellationToken.None)).State.Snapshot;
        await ReportFixtureSql.ExecuteAsync(app, """
            UPDATE cadres SET updated_at = updated_at WHERE id IN (SELECT id FROM cadres ORDER BY id LIMIT 3);
            UPDATE cadres SET updated_at = updated_at WHERE id IN (SELECT id FROM cadres ORDER BY id LIMIT 3);
            UPDATE assignments SET "from" = "from" WHERE id = (SELECT id FROM assignments WHERE cadre_id = (SELECT id FROM cadres ORDER BY id LIMIT 1) LIMIT 1);
            """);
        Assert.Equal(3, (await DataChanges.ReadAsync(db, again, ["cadres"], new(3, 0), CancellationToken.None)).Cadres?.Count);
        Assert.Null((await DataChanges.ReadAsync(db, again, ["cadres"], new(2, 0), CancellationToken.None)).Cadres);

        // The reports' limit: the floor on a registry this small.
        Assert.Equal(new CadreLimit(ReportCache.MostPatched, ReportCache.PatchedShare), ReportCache.Patched);
        Assert.True(registry / ReportCache.PatchedShare < ReportCache.MostPatched);
    }
}
