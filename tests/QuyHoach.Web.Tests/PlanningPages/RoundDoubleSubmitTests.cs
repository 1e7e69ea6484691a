using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>"Tạo đợt quy hoạch" sent twice (a double click, a retried request) makes one round: the form carries a key
/// made when it is shown, the API takes an Idempotency-Key, and the database keeps one round per user and key.</summary>
public sealed class RoundDoubleSubmitTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task NewRoundForm_SubmittedTwiceAtOnce_OneRound_BothAnswersLeadToIt()
    {
        var staff = await fixture.App.SignInAsAsync(AppRoles.Staff);
        const string name = "Rà soát 2022 (bấm hai lần)";
        var fields = await PageForms.FieldsAsync(staff, "/dot-quy-hoach", "tao-dot-quy-hoach", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Kind"] = "annual-review",
            ["Input.AuthorityCode"] = "NDI-SCT-DQL",
            ["Input.TermCode"] = "2020-2025",
            ["Input.ReferenceMonth"] = "04/2022",
            ["Input.Quotas[SCT-TP]"] = "2",
        });
        Assert.Contains(fields, f => f.Key == "Input.RequestKey" && f.Value.Length > 0);

        async Task<HttpResponseMessage> SendAsync()
        {
            using var content = new FormUrlEncodedContent(fields);
            return await staff.PostAsync(new Uri("/dot-quy-hoach", UriKind.Relative), content);
        }

        var answers = await Task.WhenAll(SendAsync(), SendAsync());
        var third = await SendAsync();

        Assert.All(answers.Append(third), a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers.Append(third).Select(a => a.Headers.Location!.AbsolutePath).Distinct());
        Assert.Equal(1, await RoundsNamedAsync(name));
    }

    [Fact]
    public async Task CreateRoundApi_SameIdempotencyKeyTwiceAtOnce_OneRound_SameId()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        const string name = "Rà soát 2022 (gửi lại qua API)";
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() };

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => staff.SendAsync(HttpMethod.Post, "/api/v1/rounds", Body(name), key)));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.Created, a.Body.ToString()));
        Assert.Single(answers.Select(a => a.Body.GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(1, await RoundsNamedAsync(name));
    }

    [Fact]
    public async Task CreateRoundApi_WithoutKey_TwoRequestsMakeTwoRounds()
    {
        // Without a key nothing tells a retry from a second round: the key is what makes the request idempotent.
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        const string name = "Rà soát 2022 (hai đợt, không khóa)";

        await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", Body(name));
        await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", Body(name));

        Assert.Equal(2, await RoundsNamedAsync(name));
    }

    [Fact]
    public async Task CreateRoundApi_UnknownTitleOrRuleSet_RefusedWithoutQuotingTheCode()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(AppRoles.Staff));
        var title = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát chức danh lạ",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            titles = new[] { new { code = "KHONG-CO", quota = 1 } },
        });
        var ruleSet = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát bộ quy tắc lạ",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "khong-co",
            titles = new[] { new { code = "SCT-TP", quota = 1 } },
        });

        Assert.Equal("Không tìm thấy chức danh đã chọn: hãy chọn lại trong danh sách.", title);
        Assert.Equal("Không tìm thấy bộ quy tắc đã chọn: hãy chọn lại trong danh sách.", ruleSet);
    }

    private static object Body(string name) => new
    {
        name,
        kind = "annual-review",
        managementAuthorityCode = "NDI-SCT-DQL",
        termCode = "2020-2025",
        referenceMonth = "2022-04",
        titles = new[] { new { code = "SCT-TP", quota = 1 } },
    };

    private async Task<long> RoundsNamedAsync(string name)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM planning_rounds WHERE name = @n", connection);
        command.Parameters.AddWithValue("n", name);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
