using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Organisations;
using QuyHoach.Data.Plans;
using QuyHoach.Data.Registry;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Facts;
using QuyHoach.Web.Features.Organisations;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.Organisations;

/// <summary>
/// R-ORG-3/4/5: the demo's working department merges into a new department on 01/07/2025 (a unit this test makes;
/// the demo's own merger, from Nam Định, carried only a plan, see <see cref="DemoMergerTests"/>). Its assignments,
/// memberships and plan entries continue there with their origin; the plan as of 30/06/2025 reads under the old unit
/// and as of 01/07/2025 under the new one, for the old unit's staff; the same form sent twice records one event, and
/// a second event ending the same unit is refused.
/// </summary>
public sealed class UnitMergerTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Day = new(2025, 7, 1);

    /// <summary>A cadre in no plan of the demo (its 2022 plan, carried from Nam Định, names SCT-0025 and SCT-0026).</summary>
    private const string Planned = "SCT-0027";

    [Fact]
    public async Task Merger_CarriesWithOrigin_PlanReadsOnBothSides_DoubleSubmitRecordsOnce()
    {
        var app = fixture.App;
        var plans = await PlansDriver.StartAsync(app);
        await AgeCasesSql.PlanAsync(app, "27/QĐ-SCT", new DateOnly(2022, 9, 15), "SCT-TP", "2025-2030", Planned);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var old = await db.Organisations.SingleAsync(o => o.Code == "NDI-SCT");
        var successor = await SuccessorAsync(db);
        var member = await db.Set<BodyMembership>().Where(m => m.To == null && db.Bodies.Any(b => b.Id == m.BodyId && b.OrganisationId == old.Id)).FirstAsync();
        var cadre = await db.Cadres.SingleAsync(c => c.Code == Planned);
        var admin = await ActorAsync(db, "quantri", AppRoles.Admin);
        var request = new UnitEventRequest(UnitEventKind.Merge, Day, "Nghị quyết 202/2025/QH15", [old.Id], [successor.Id], null, null, null, Guid.NewGuid());

        var first = await Handle(app, admin, request);
        var again = await Handle(app, admin, request);

        Assert.Null(first.Refusal);
        Assert.Equal(first.Value!.EventId, again.Value!.EventId);
        Assert.True(first.Value.PlanEntries >= 1 && first.Value.Assignments >= 1 && first.Value.Memberships >= 1);
        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.UnitEvents.CountAsync(e => e.RequestKey == request.RequestKey));
        var ended = await db.PlanEntries.SingleAsync(e => e.CadreId == cadre.Id && e.OrganisationId == old.Id && e.EffectiveFrom < Day);
        var carried = await db.PlanEntries.SingleAsync(e => e.CarriedFromId == ended.Id);
        Assert.Equal((Day, PlanEndReason.CarriedOver), (ended.EndedOn!.Value, ended.EndReason!.Value));
        Assert.Equal((successor.Id, Day), (carried.OrganisationId, carried.EffectiveFrom));
        var post = await db.Set<Assignment>().SingleAsync(a => a.CadreId == cadre.Id && a.CarriedFromId != null);
        Assert.Equal(Day.AddDays(-1), (await db.Set<Assignment>().SingleAsync(a => a.Id == post.CarriedFromId)).To);
        Assert.Equal(successor.Id, await db.Titles.Where(t => t.Id == post.TitleId).Select(t => t.OrganisationId).SingleAsync());
        var seat = await db.Set<BodyMembership>().SingleAsync(m => m.CarriedFromId == member.Id);
        Assert.Equal(successor.Id, await db.Bodies.Where(b => b.Id == seat.BodyId).Select(b => b.OrganisationId).SingleAsync());
        var moved = await db.Set<UnitEventCadre>().FirstAsync(c => c.EventId == first.Value.EventId);
        Assert.Equal((old.Id, successor.Id), (moved.FromOrganisationId, moved.ToOrganisationId));
        Assert.Equal(old.Id, await UnitHistory.CadreUnitOnAsync(db, moved.CadreId, Day.AddDays(-1), CancellationToken.None));
        Assert.Equal(successor.Id, await UnitHistory.CadreUnitOnAsync(db, moved.CadreId, Day, CancellationToken.None));

        // The old unit's staff read the plan under the old unit on 30/06/2025 and under the new one from 01/07/2025.
        var before = (await plans.PlanLinesAsync(Day.AddDays(-1))).Single(l => l.GetProperty("cadreCode").GetString() == Planned);
        Assert.Equal(old.Name, before.GetProperty("unitName").GetString());
        var newTitle = await db.Titles.Where(t => t.Id == carried.TitleId).Select(t => t.Code).SingleAsync();
        Assert.DoesNotContain(Planned, await plans.PlanAsync(Day));
        var after = (await plans.PlanLinesAsync(Day, newTitle)).Single(l => l.GetProperty("cadreCode").GetString() == Planned);
        Assert.Equal((successor.Name, old.Name), (after.GetProperty("unitName").GetString(), after.GetProperty("carriedFrom").GetString()));

        // The successor's next annual review lists the carried entry for review, saying where it came from.
        var review = await plans.Staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2025 sau sắp xếp",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            organisationCode = successor.Code,
            termCode = "2025-2030",
            referenceMonth = "2025-08",
            titles = new[] { new { code = newTitle, quota = 3 } },
        });
        var listed = (await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{review.GetProperty("id").GetGuid()}/source-list")).EnumerateArray()
            .Single(e => e.GetProperty("cadreCode").GetString() == Planned);
        Assert.Equal(old.Name, listed.GetProperty("carriedFrom").GetString());

        // The successor's people read the old unit's history; the old unit takes no new round from the date.
        Assert.True(await OrganisationScope.CoversAsync(db, successor.Id, old.Id, CancellationToken.None));
        var second = await Handle(app, admin, request with { RequestKey = Guid.NewGuid() });
        Assert.Equal(409, second.Refusal!.Status);
        var round = await plans.Staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/rounds", Round("NDI-SCT", "2025-07"));
        Assert.Contains("đã kết thúc hoạt động từ ngày 01/07/2025", round, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistrictUnit_NoNewRoundFromJuly2025_HistoryBeforeStillAllowed()
    {
        var app = fixture.App;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var department = await db.Organisations.SingleAsync(o => o.Code == "NDI-SCT");
        db.Organisations.Add(new Organisation { Id = Guid.CreateVersion7(), Code = "NDI-YYE", Name = "Huyện Ý Yên", Kind = OrganisationKind.Division, Level = OrganisationLevel.District, ParentId = department.Id, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));

        var refused = await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, "/api/v1/rounds", Round("NDI-YYE", "2025-07"));
        var earlier = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/rounds", Round("NDI-YYE", "2025-06"));

        Assert.Contains("Huyện Ý Yên là đơn vị cấp huyện: từ ngày 01/07/2025 chính quyền địa phương còn hai cấp", refused, StringComparison.Ordinal);
        Assert.Contains("không thuộc Huyện Ý Yên", earlier, StringComparison.Ordinal);
    }

    private static object Round(string unit, string month) => new
    {
        name = "Rà soát, bổ sung quy hoạch năm 2025",
        kind = "annual-review",
        managementAuthorityCode = "NDI-SCT-DQL",
        organisationCode = unit,
        termCode = "2025-2030",
        referenceMonth = month,
        titles = new[] { new { code = "SCT-TP", quota = 1 } },
    };

    private static async Task<Outcome<UnitEventResult>> Handle(QuyHoachAppFactory app, PlanningActor actor, UnitEventRequest request)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UnitEventHandler>().HandleAsync(actor, request, CancellationToken.None);
    }

    private static async Task<PlanningActor> ActorAsync(QuyHoachDbContext db, string userName, string role)
    {
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        return new PlanningActor(user.Id, new HashSet<string> { role }, user.OrganisationId);
    }

    /// <summary>A new department of the demo province, the successor of this test's merger.</summary>
    private static async Task<Organisation> SuccessorAsync(QuyHoachDbContext db)
    {
        var province = await db.Organisations.SingleAsync(o => o.Code == "NDI");
        var department = new Organisation { Id = Guid.CreateVersion7(), Code = "NDI-SCT-KH", Name = "Sở Công Thương và Khoa học", Kind = OrganisationKind.Department, ParentId = province.Id, CreatedAt = DateTimeOffset.UtcNow };
        db.Organisations.Add(department);
        await db.SaveChangesAsync();
        return department;
    }
}
