using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// QĐ 377 (R-PRI-7): a cadre is not put on a round's source list for a title while proposed for appointment or
/// nomination to it, and is not proposed while on the source list of a round in progress for it; both refusals name
/// the conflict in Vietnamese. One open proposal per cadre and title, whatever the number of submits.
/// </summary>
public sealed class ProposalGuardTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Proposals = "/api/v1/plan/appointment-proposals";

    [Fact]
    public async Task Planning_WhileProposed_IsRefused_AndTheReverse()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var opened = await fixture.App.AuditCountAsync("appointment.proposal_opened");

        var round = (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Bổ sung quy hoạch Trưởng phòng (đợt thử)",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2026-04",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        })).GetProperty("id").GetGuid();
        var sourceList = $"/api/v1/rounds/{round}/source-list";

        // Proposed first: planning is refused while the proposal is open, accepted once it is closed; a second submit is the same proposal.
        var proposal = await staff.OkAsync(HttpMethod.Post, Proposals, new { cadreCode = "SCT-0030", titleCode = "SCT-TP", nomination = false, openedOn = new DateOnly(2026, 3, 2) });
        var again = await staff.OkAsync(HttpMethod.Post, Proposals, new { cadreCode = "SCT-0030", titleCode = "SCT-TP", nomination = false, openedOn = new DateOnly(2026, 3, 2) });
        Assert.Equal(proposal.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        var refused = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, sourceList, new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0030", justification = "Có uy tín" } } });
        Assert.True(refused.Contains("đang được đề nghị bổ nhiệm chức danh Trưởng phòng và tương đương (từ ngày 02/03/2026): không đồng thời quy hoạch và đề nghị bổ nhiệm cùng một chức danh (R-PRI-7).", StringComparison.Ordinal), refused);
        await staff.OkAsync(HttpMethod.Post, $"{Proposals}/{proposal.GetProperty("id").GetGuid()}/close", new { closedOn = new DateOnly(2026, 3, 20) });
        await staff.OkAsync(HttpMethod.Post, sourceList, new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0030", justification = "Có uy tín" } } });

        // Planned first: a proposal for the same title is refused while the round is open.
        await staff.OkAsync(HttpMethod.Post, sourceList, new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0031", justification = "Có uy tín" } } });
        var reverse = await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, Proposals, new { cadreCode = "SCT-0031", titleCode = "SCT-TP", nomination = false, openedOn = new DateOnly(2026, 4, 1) });
        Assert.True(reverse.Contains("trong đợt \"Bổ sung quy hoạch Trưởng phòng (đợt thử)\": không đồng thời đề nghị bổ nhiệm và quy hoạch", StringComparison.Ordinal), reverse);
        Assert.Equal(opened + 1, await fixture.App.AuditCountAsync("appointment.proposal_opened"));
    }
}
