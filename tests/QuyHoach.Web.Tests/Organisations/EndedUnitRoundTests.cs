using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Organisations;
using QuyHoach.Web.Features.Organisations;
using QuyHoach.Web.Features.Planning;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Organisations;

/// <summary>
/// R-ORG-3: a round the demo's working department began before it was merged (01/07/2025) holds no conference from
/// the day the department ended; the conference of the day before is still allowed, and the refusal changes nothing.
/// </summary>
public sealed class EndedUnitRoundTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly Day = new(2025, 7, 1);

    [Fact]
    public async Task UnfinishedRound_OfAnEndedUnit_NoConferenceFromTheEndDay_DayBeforeAllowed()
    {
        var app = fixture.App;
        var (run, staff, _) = await RoundDriver.InDepartmentAsync(app);
        var id = (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2025",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2025-05",
            titles = new[] { new { code = "SCT-TP", quota = 1 } },
        })).GetProperty("id").GetGuid();

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
            var old = await db.Organisations.SingleAsync(o => o.Code == "NDI-SCT");
            var province = await db.Organisations.SingleAsync(o => o.Id == old.ParentId);
            var successor = new Organisation { Id = Guid.CreateVersion7(), Code = "NDI-SCT-MOI", Name = "Sở Công Thương và Khoa học", Kind = OrganisationKind.Department, Level = old.Level, ParentId = province.Id, CreatedAt = DateTimeOffset.UtcNow };
            db.Organisations.Add(successor);
            await db.SaveChangesAsync();
            var admin = await db.Users.SingleAsync(u => u.UserName == "quantri");
            var merged = await scope.ServiceProvider.GetRequiredService<UnitEventHandler>().HandleAsync(
                new PlanningActor(admin.Id, new HashSet<string> { AppRoles.Admin }, admin.OrganisationId),
                new UnitEventRequest(UnitEventKind.Merge, Day, "Nghị quyết 202/2025/QH15", [old.Id], [successor.Id], null, null, null, Guid.NewGuid()),
                CancellationToken.None);
            Assert.Null(merged.Refusal);
        }

        var conferences = await app.AuditCountAsync("conference.opened");
        var refused = await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/rounds/{id}/conferences", new { stepNumber = 1, heldOn = Day.AddDays(1) });
        Assert.Contains("đã kết thúc hoạt động từ ngày 01/07/2025", refused, StringComparison.Ordinal);
        Assert.Equal(conferences, await app.AuditCountAsync("conference.opened"));

        var held = await run.OpenAsync(id, 1, Day.AddDays(-1));
        Assert.Equal("2025-06-30", held.GetProperty("heldOn").GetString());
    }
}
