using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Features.Reports;
using QuyHoach.Web.Features.Shell;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The reports' unit picker and the units a report covers come from the unit tree kept per version (OrganisationTree's
/// outline and names, walked once per version): they must be the units below the reader's unit by parent, depth first,
/// each unit's children in Vietnamese name order, as walked here from the table; and a unit renamed in the database
/// alone (a new version) must show its new name and place on the next request.
/// </summary>
public sealed class ReportScopeTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Choices_AreTheUnitsBelowInNameOrder_AndFollowARename()
    {
        var (root, before) = await ChoicesAsync();
        Assert.Equal(await ExpectedAsync(root), before.Choices.Select(c => (c.Id, c.Name, c.Depth)));
        Assert.Equal(before.Choices.Select(c => c.Id), before.Units);
        Assert.True(before.Choices.Count > 5 && before.Choices.Max(c => c.Depth) >= 2, $"{before.Choices.Count} units");

        // The last unit of the deepest level with siblings, renamed to come first among them.
        var renamed = before.Choices.Last(c => c.Depth == before.Choices.Max(x => x.Depth));
        await ReportFixtureSql.ExecuteAsync(fixture.App, $"UPDATE organisations SET name = 'A Đơn vị đổi tên' WHERE id = '{renamed.Id}'");
        var (_, after) = await ChoicesAsync();
        Assert.Equal(await ExpectedAsync(root), after.Choices.Select(c => (c.Id, c.Name, c.Depth)));
        Assert.Equal("A Đơn vị đổi tên", after.Choices.Single(c => c.Id == renamed.Id).Name);
    }

    private async Task<(Guid Root, ReportSelection Selection)> ChoicesAsync()
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var root = await db.Organisations.AsNoTracking().Where(o => o.Name == Testing.QuyHoachAppFactory.DemoProvinceName).Select(o => o.Id).SingleAsync();
        var actor = new PlanningActor(Guid.NewGuid(), new HashSet<string> { AppRoles.Staff }, root);
        var selection = await scope.ServiceProvider.GetRequiredService<ReportScope>().ReadAsync(actor, null, null, CancellationToken.None);
        return (root, selection.Value!);
    }

    /// <summary>The outline walked here from the table: depth first by parent, children by <see cref="VietnameseNames.Order"/>.</summary>
    private async Task<List<(Guid, string, int)>> ExpectedAsync(Guid root)
    {
        using var scope = fixture.App.Services.CreateScope();
        var units = await scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>().Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.ParentId, o.Name }).ToListAsync();
        var expected = new List<(Guid, string, int)>();
        var stack = new Stack<(Guid Id, int Depth)>([(root, 0)]);
        while (stack.TryPop(out var unit))
        {
            expected.Add((unit.Id, units.Single(u => u.Id == unit.Id).Name, unit.Depth));
            foreach (var child in units.Where(u => u.ParentId == unit.Id && u.Id != unit.Id).OrderByDescending(u => u.Name, VietnameseNames.Order))
            {
                stack.Push((child.Id, unit.Depth + 1));
            }
        }

        return expected;
    }
}
