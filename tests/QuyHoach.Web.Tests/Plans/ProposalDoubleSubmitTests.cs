using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>
/// Đề nghị bổ nhiệm under a double submit (R-PRI-7): several openings sent at once are one proposal with one audit
/// event (the database's one-open-proposal index decides), and closings sent at once close it once.
/// </summary>
public sealed class ProposalDoubleSubmitTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Proposals = "/api/v1/plan/appointment-proposals";

    [Fact]
    public async Task OpenAndClose_SentAtOnce_OneProposal_EachAuditedOnce()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var opened = await fixture.App.AuditCountAsync("appointment.proposal_opened");
        var closed = await fixture.App.AuditCountAsync("appointment.proposal_closed");
        var body = new { cadreCode = "SCT-0040", titleCode = "SCT-PP", nomination = true, openedOn = new DateOnly(2026, 5, 4) };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => staff.PostAsync(Proposals, body)));
        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.OK, a.Body.ToString()));
        var id = Assert.Single(answers.Select(a => a.Body.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(opened + 1, await fixture.App.AuditCountAsync("appointment.proposal_opened"));

        var closings = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => staff.PostAsync($"{Proposals}/{id}/close", new { closedOn = new DateOnly(2026, 6, 1) })));
        Assert.All(closings, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.OK, a.Body.ToString()));
        Assert.All(closings, a => Assert.Equal("2026-06-01", a.Body.GetProperty("closedOn").GetString()));
        Assert.Equal(closed + 1, await fixture.App.AuditCountAsync("appointment.proposal_closed"));
    }
}
