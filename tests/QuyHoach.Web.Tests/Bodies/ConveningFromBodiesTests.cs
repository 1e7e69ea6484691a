using System.Net;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Shell;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.PlanningPages;

namespace QuyHoach.Web.Tests.Bodies;

/// <summary>
/// The convening list comes from the step's bodies as of the conference date: the department's leadership is Ban Giám
/// đốc ∪ BTV Đảng ủy with a shared member counted once, a seat ended before the date does not count, and a body with
/// nobody seated cannot hold a conference. The counting committee is picked among the unit's counting accounts.
/// </summary>
public sealed class ConveningFromBodiesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateOnly HeldOn = new(2022, 4, 5);

    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task EmptyBody_CannotHoldAConference_ApiRefusesAndPageLinksToItsMembers()
    {
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var department = (await staff.OkAsync(HttpMethod.Get, "/api/v1/organisations")).EnumerateArray().First().GetProperty("id").GetGuid();
        var body = (await staff.OkAsync(HttpMethod.Post, "/api/v1/bodies", new { organisationId = department, name = "Tập thể lãnh đạo thử", kind = "collective-leadership" })).GetProperty("id").GetGuid();
        var code = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{body}")).GetProperty("code").GetString();
        var round = await NewRoundAsync(staff, "Rà soát với tập thể trống");
        await staff.OkAsync(HttpMethod.Put, $"/api/v1/rounds/{round}/steps/1", new { bodyCodes = new[] { code } });

        var (status, problem) = await staff.PostAsync($"/api/v1/rounds/{round}/conferences", new { stepNumber = 1, heldOn = HeldOn });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Tập thể lãnh đạo thử chưa có thành viên nào vào ngày 05/04/2022", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var page = await PageForms.HtmlAsync(staff.Http, await PageForms.PostAsync(staff.Http, $"/dot-quy-hoach/{round}", "mo-hoi-nghi-1", ("Open.HeldOn", "05/04/2022")));
        Assert.Contains("nên không có ai được triệu tập", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/tap-the/{body}?ngay=05/04/2022\"", page, StringComparison.Ordinal);
        var steps = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{round}")).GetProperty("steps").EnumerateArray();
        Assert.All(steps, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("conferenceId").ValueKind));
    }

    [Fact]
    public async Task Leadership_DirectorateUnionStanding_SharedOnce_SeatEndedBeforeTheDateLeftOut()
    {
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var bodies = (await staff.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray().ToDictionary(b => b.GetProperty("name").GetString()!, b => b.GetProperty("id").GetGuid());
        var standing = bodies["Ban Thường vụ Đảng ủy Sở Công Thương"];
        var directorate = bodies["Ban Giám đốc Sở Công Thương"];
        var leaving = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{standing}/members")).GetProperty("current").EnumerateArray()
            .First(m => m.GetProperty("position").GetString() == "Ủy viên Ban Thường vụ");
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/bodies/{standing}/members/{leaving.GetProperty("id").GetGuid()}/end", new { to = HeldOn.AddDays(-1) });

        async Task<HashSet<string>> NamesAsync(Guid id) => (await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{id}/members?asOf={HeldOn:yyyy-MM-dd}"))
            .GetProperty("current").EnumerateArray().Select(m => m.GetProperty("fullName").GetString()!).ToHashSet();
        var (board, btv) = (await NamesAsync(directorate), await NamesAsync(standing));
        Assert.Equal((4, 4), (board.Count, btv.Count));
        Assert.NotEmpty(board.Intersect(btv));

        var round = await NewRoundAsync(staff, "Rà soát hợp hai tập thể");
        var conference = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{round}/conferences", new { stepNumber = 1, heldOn = HeldOn });
        var convened = conference.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("fullName").GetString()!).ToList();
        Assert.Equal(board.Union(btv).Order(StringComparer.Ordinal), convened.Order(StringComparer.Ordinal));
        Assert.Equal(board.Union(btv).Count(), conference.GetProperty("convened").GetInt32());
        Assert.DoesNotContain(leaving.GetProperty("fullName").GetString(), convened);
    }

    [Fact]
    public async Task CountingCommittee_PickedAmongTheUnitsCounters_TwoPeopleOrOneVietnameseRefusal()
    {
        await App.CreateAccountAsync("kiemphieutinh1", "Lương Văn Sơn", AppRoles.Counter, "NDI");
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var round = await NewRoundAsync(staff, "Rà soát chọn tổ kiểm phiếu");
        var id = (await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{round}/conferences", new { stepNumber = 1, heldOn = HeldOn })).GetProperty("id").GetGuid();
        var url = $"/hoi-nghi/{id}";

        var page = await PageForms.GetAsync(staff.Http, url);
        var offered = page.QuerySelectorAll("input[name=thanh-vien]").Select(i => page.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim()).ToList();
        // Given name first, the Vietnamese way (Đức, Hạnh, Tâm), as every other list of people in the app.
        Assert.Equal(["Phạm Minh Đức", "Vũ Thị Hạnh", "Lê Văn Tâm"], offered);
        Assert.Null(page.QuerySelector("input#thanh-vien-to"));

        var one = await PageForms.HtmlAsync(staff.Http, await PageForms.PostAsync(staff.Http, url, "to-kiem-phieu", await ConferencePagesTests.CountersAsync(staff.Http, url, "Vũ Thị Hạnh")));
        Assert.Contains("Tổ kiểm phiếu cần ít nhất hai người khác nhau", one, StringComparison.Ordinal);
        var saved = await PageForms.PostAsync(staff.Http, url, "to-kiem-phieu", await ConferencePagesTests.CountersAsync(staff.Http, url, "Vũ Thị Hạnh", "Phạm Minh Đức"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["kiemphieu", "kiemphieu3"], (await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{id}")).GetProperty("countingCommittee").EnumerateArray().Select(c => c.GetString()));

        var outsider = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/conferences/{id}/counting-committee", new { userNames = new[] { "kiemphieu", "kiemphieutinh1" } });
        var twice = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Put, $"/api/v1/conferences/{id}/counting-committee", new { userNames = new[] { "kiemphieu", "kiemphieu" } });
        Assert.Equal(outsider, twice);
        Assert.StartsWith("Tổ kiểm phiếu cần ít nhất hai người khác nhau", outsider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyMembers_HeadFirstThenBySeatDate_ThenByGivenName()
    {
        var staff = new PlanningClient(await App.SignInAsAsync(AppRoles.Staff));
        var bodies = (await staff.OkAsync(HttpMethod.Get, "/api/v1/bodies")).EnumerateArray().Select(b => b.GetProperty("id").GetGuid()).ToList();
        var listed = new List<List<JsonElement>>();
        foreach (var body in bodies)
        {
            listed.Add([.. (await staff.OkAsync(HttpMethod.Get, $"/api/v1/bodies/{body}/members")).GetProperty("history").EnumerateArray()]);
        }

        static string Name(JsonElement m) => m.GetProperty("fullName").GetString()!;
        Assert.Contains(listed, seats => seats.Count > 3);
        Assert.All(listed, seats => Assert.Equal(
            seats.OrderByDescending(m => m.GetProperty("isHead").GetBoolean()).ThenBy(m => m.GetProperty("from").GetString(), StringComparer.Ordinal)
                .ThenBy(Name, VietnameseNames.Order).Select(Name),
            seats.Select(Name)));
    }

    private static async Task<Guid> NewRoundAsync(PlanningClient staff, string name) =>
        (await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name,
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        })).GetProperty("id").GetGuid();
}
