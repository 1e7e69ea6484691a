using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>The source list's search forms send the search to the round's own page (they were sent to a literal
/// "{Round.Id}" address, which is no page).</summary>
public sealed class SourceListSearchFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SearchForms_PostToTheRoundsOwnAddress()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát 2022 (tìm nguồn)",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            titles = new[] { new { code = "SCT-TP", quota = 1 } },
        });
        var id = round.GetProperty("id").GetGuid();

        var page = await PageForms.GetAsync(staff.Http, $"/dot-quy-hoach/{id}");

        var actions = page.QuerySelectorAll("form#tim-nguon, form#tim-ra-soat").Select(f => f.GetAttribute("action")).ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.StartsWith($"/dot-quy-hoach/{id}#", a, StringComparison.Ordinal));
    }
}
