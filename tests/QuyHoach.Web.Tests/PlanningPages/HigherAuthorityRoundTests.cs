using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// Kế hoạch 331/KH-SCT: the department reviews its Phó Giám đốc for the province's Ban Thường vụ (R-AUTH-1). The
/// department's staff picks that authority on the page (for the department's titles only) and the round is the
/// department's; only a leader of the authority's unit records the decision.
/// </summary>
public sealed class HigherAuthorityRoundTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task DepartmentStaff_CreatesRoundForProvinceStandingCommittee_OnlyTheProvinceDecides()
    {
        var app = fixture.App;
        var staff = await app.SignInAsAsync(AppRoles.Staff);
        var form = await PageForms.GetAsync(staff, "/dot-quy-hoach");
        var option = Assert.Single(form.QuerySelectorAll("#tham-quyen option"), o => o.TextContent.StartsWith("Diện Ban Thường vụ Tỉnh ủy quản lý", StringComparison.Ordinal));
        Assert.Contains($"(chức danh của {QuyHoachAppFactory.DemoDepartmentName})", option.TextContent, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("#quota-SCT-PGD"));

        var created = await PageForms.PostAsync(staff, "/dot-quy-hoach", "tao-dot-quy-hoach",
            ("Input.Name", "Rà soát quy hoạch Phó Giám đốc Sở năm 2022"), ("Input.Kind", "annual-review"), ("Input.AuthorityCode", option.GetAttribute("value")!),
            ("Input.TermCode", "2020-2025"), ("Input.ReferenceMonth", "04/2022"), ("Input.Quotas[SCT-PGD]", "3"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var roundId = Guid.Parse(created.Headers.Location!.AbsolutePath.Split('/')[^1]);
        var round = await new PlanningClient(staff).OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}");
        Assert.Equal("NDI-SCT", round.GetProperty("organisationCode").GetString());
        Assert.Equal("NDI-DQL-BTV", round.GetProperty("managementAuthorityCode").GetString());

        // Another department may not run the province's review of this department's title; nothing is written.
        var elsewhere = new PlanningClient(await app.SignInAsUserAsync((await app.CreateOtherDepartmentAsync()).StaffUserName));
        var refused = await elsewhere.SendAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát thử",
            kind = "annual-review",
            managementAuthorityCode = "NDI-DQL-BTV",
            organisationCode = "NDI-SXD",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            titles = new[] { new { code = "SCT-PGD", quota = 1 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Phó Giám đốc Sở", refused.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await elsewhere.OkAsync(HttpMethod.Get, "/api/v1/rounds")).EnumerateArray());

        var decision = new { decision = new { number = "15-QĐ/TU", signedOn = new DateOnly(2022, 6, 1), signerName = "Bùi Văn Quang", signerPosition = "Phó Bí thư Thường trực Tỉnh ủy" } };
        var department = await new PlanningClient(await app.SignInAsAsync(AppRoles.Leader)).SendAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", decision);
        Assert.Equal(HttpStatusCode.Forbidden, department.Status);
        Assert.Contains("do Ban Thường vụ Tỉnh ủy phê duyệt", department.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await app.CreateAccountAsync("lanhdaotinh", "Bùi Văn Quang", AppRoles.Leader, "NDI", twoFactor: true);
        var province = await new PlanningClient(await app.SignInAsUserAsync("lanhdaotinh")).SendAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/approval", decision);
        Assert.Equal(HttpStatusCode.Conflict, province.Status); // the authority's leader gets past the guard: the round is not closed yet
    }
}
