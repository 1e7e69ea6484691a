using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Organisations;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Planning;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// The unit tree is kept in memory per version of the database (migration 0033, OrganisationTree): with nothing
/// changed every request shares one copy; any change of the tree, by EF or by a bare UPDATE, gives a new version, and
/// the scope that follows is the new tree's: a unit moved away leaves its old root's scope, a merger's successor
/// enters the ended unit's scope (R-ORG-5), and a unit outside stays hidden.
/// </summary>
public sealed class ScopeTreeVersionTests
{
    [Fact]
    public async Task TreeChanged_ByAnyPath_NextScopeIsTheNewTree_UnchangedTreeReadOnce()
    {
        await using var app = await QuyHoachAppFactory.CreateAsync();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var a = Unit("CAY-A", null);
        var a1 = Unit("CAY-A1", a.Id);
        var b = Unit("CAY-B", null);
        var c = Unit("CAY-C", null);
        db.Organisations.AddRange(a, a1, b, c);
        await db.SaveChangesAsync();

        var first = await OrganisationTree.CurrentAsync(db, CancellationToken.None);
        Assert.Same(first, await OrganisationTree.CurrentAsync(db, CancellationToken.None));
        Assert.Equal(new[] { a.Id, a1.Id }.Order(), first.Below(a.Id).Order());
        Assert.False(await OrganisationScope.CoversAsync(db, a.Id, b.Id, CancellationToken.None));
        // The scope a request's access is built from is kept per root and version too, its children with it.
        var before = await OrganisationScope.ScopeAsync(db, a.Id, CancellationToken.None);
        Assert.Same(before, await OrganisationScope.ScopeAsync(db, a.Id, CancellationToken.None));
        Assert.Equal([a1.Id], before.Children[a.Id]);

        // A bare UPDATE (no EF, no application code) moves A1 under B.
        await db.Database.ExecuteSqlAsync($"UPDATE organisations SET parent_id = {b.Id} WHERE id = {a1.Id}");
        Assert.NotSame(first, await OrganisationTree.CurrentAsync(db, CancellationToken.None));
        Assert.False(await OrganisationScope.CoversAsync(db, a.Id, a1.Id, CancellationToken.None));
        Assert.True(await OrganisationScope.CoversAsync(db, b.Id, a1.Id, CancellationToken.None));

        // A merges into B: A's users see B and below (R-ORG-5); B's users see A as history; C is nobody's.
        var recorder = await db.Users.Select(u => u.Id).FirstAsync();
        db.UnitEvents.Add(new UnitEvent
        {
            Id = Guid.CreateVersion7(),
            Kind = UnitEventKind.Merge,
            EffectiveOn = new DateOnly(2025, 7, 1),
            Basis = "Nghị quyết thử",
            RequestKey = Guid.NewGuid(),
            RecordedByUserId = recorder,
            RecordedAt = DateTimeOffset.UtcNow,
            Units = [new UnitEventUnit { OrganisationId = a.Id, IsPredecessor = true }, new UnitEventUnit { OrganisationId = b.Id }],
        });
        await db.SaveChangesAsync();
        var after = await OrganisationScope.ScopeAsync(db, a.Id, CancellationToken.None);
        Assert.Equal(new[] { a.Id, a1.Id, b.Id }.Order(), after.Units.Select(u => u.Id).Order());
        Assert.Equal(after.Units.Select(u => u.Id).Order(), after.Ids.Order());
        Assert.Equal(b.Id, after.Units.Single(u => u.Id == a1.Id).ParentId);
        Assert.Empty(after.Children[a.Id]);
        Assert.Equal([a1.Id], after.Children[b.Id]);
        Assert.False(after.EveryUnit);
        Assert.True(await OrganisationScope.CoversAsync(db, b.Id, a.Id, CancellationToken.None));
        Assert.False(await OrganisationScope.CoversAsync(db, a.Id, c.Id, CancellationToken.None));
        Assert.False(await OrganisationScope.CoversAsync(db, b.Id, c.Id, CancellationToken.None));
    }

    private static Organisation Unit(string code, Guid? parent) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = code,
        Name = "Đơn vị " + code,
        Kind = OrganisationKind.Department,
        ParentId = parent,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
