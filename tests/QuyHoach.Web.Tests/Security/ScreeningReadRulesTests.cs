using System.Net;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): screening verdicts, ineligibility reasons and grounds for removal are registry data. Counters
/// and delegates, refused the cadre record, are refused the source list too (403 problem+json) and the round page shows
/// them none of it; staff, leaders, inspectors and administrators read it as before.
/// </summary>
public sealed class ScreeningReadRulesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SourceList_CounterAndDelegate_SeeNoVerdictReasonOrGrounds()
    {
        var app = fixture.App;
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2026",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2025-2030",
            referenceMonth = "2026-04",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0016", justification = "Đề xuất của phòng" } } });
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members",
            new { titleCode = "SCT-TP", members = new[] { new { cadreCode = "SCT-0019", grounds = (string?)null }, new { cadreCode = "SCT-0020", grounds = (string?)"Chuyển công tác khỏi Sở" }, new { cadreCode = "SCT-0041", grounds = (string?)null } } });

        // What staff read: the reasons SCT-0019 and SCT-0041 leave the plan without a vote, SCT-0020's grounds.
        var list = await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list");
        var secrets = list.EnumerateArray()
            .SelectMany(e => e.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("message").GetString()!).Append(e.GetProperty("grounds").GetString()))
            .OfType<string>().Where(s => s.Length > 0).Distinct().ToList();
        Assert.Contains("Chuyển công tác khỏi Sở", secrets);
        Assert.True(secrets.Count >= 3, string.Join(" | ", secrets));
        var staffPage = await PageAsync(staff, id);
        Assert.All(secrets, s => Assert.Contains(s, staffPage, StringComparison.Ordinal));

        foreach (var role in (string[])[AppRoles.Leader, AppRoles.Inspector, AppRoles.Admin])
        {
            var reader = new PlanningClient(await app.SignInAsAsync(role));
            Assert.Equal(list.ToString(), (await reader.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list")).ToString());
        }

        foreach (var role in (string[])[AppRoles.Counter, AppRoles.Delegate])
        {
            var other = new PlanningClient(await app.SignInAsAsync(role));
            using var response = await other.Http.GetAsync(new Uri($"/api/v1/rounds/{id}/source-list", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role}: {(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Danh sách nguồn ghi kết quả xét điều kiện", JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

            var page = await PageAsync(other, id);
            Assert.Contains("Rà soát, bổ sung quy hoạch năm 2026", page, StringComparison.Ordinal);
            Assert.Contains("Tên người trên phiếu có ở trang hội nghị", page, StringComparison.Ordinal);
            Assert.All(secrets, s => Assert.DoesNotContain(s, page, StringComparison.Ordinal));
            Assert.All(secrets, s => Assert.DoesNotContain(s, body, StringComparison.Ordinal));
            Assert.DoesNotContain("Kết quả xét điều kiện", page, StringComparison.Ordinal);
        }
    }

    private static async Task<string> PageAsync(PlanningClient client, Guid roundId)
    {
        using var response = await client.Http.GetAsync(new Uri($"/dot-quy-hoach/{roundId}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }
}
