using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.E2E.Plans;

/// <summary>
/// <see cref="BrowserApp"/> with Kế hoạch 331/KH-SCT's annual review already run through the API and closed: one Trưởng phòng
/// seat (quota 1), SCT-0015 passing every step and proposed, so the browser test starts from the proposed list.
/// The conferences themselves are proven in the browser by the planning E2E tests.
/// </summary>
public class ClosedRoundBrowserApp : BrowserApp
{
    public const string SecondCounter = "kiemphieu2";

    public Guid RoundId { get; private set; }

    protected override async Task PrepareAsync(QuyHoachAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.CreateAccountAsync(SecondCounter, "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        var staff = await SignInAsync(app, QuyHoachAppFactory.DemoAccountFor(AppRoles.Staff).UserName);
        ApiClient[] counters = [await SignInAsync(app, QuyHoachAppFactory.DemoAccountFor(AppRoles.Counter).UserName), await SignInAsync(app, SecondCounter)];
        var round = await staff.SendAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2022",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 1 } },
        });
        RoundId = round.GetProperty("id").GetGuid();
        await staff.SendAsync(HttpMethod.Post, $"/api/v1/rounds/{RoundId}/source-list",
            new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0015", justification = (string?)null } } });

        // Step 1 (no plan member to vote on), then three votes: 8 of 11, 8 of 11, 6 of 7 present.
        (int Step, int Present, int Agree)[] steps = [(1, 5, 0), (2, 8, 6), (3, 8, 7), (4, 6, 6)];
        foreach (var (step, present, agree) in steps)
        {
            var conference = await staff.SendAsync(HttpMethod.Post, $"/api/v1/rounds/{RoundId}/conferences", new { stepNumber = step, heldOn = new DateOnly(2022, 4, 4 + step) });
            var id = conference.GetProperty("id").GetGuid();
            await staff.SendAsync(HttpMethod.Put, $"/api/v1/conferences/{id}/counting-committee", new { userNames = new[] { "kiemphieu", SecondCounter } });
            var members = conference.GetProperty("members").EnumerateArray().Take(present).Select(m => m.GetProperty("id").GetGuid()).ToArray();
            conference = await staff.SendAsync(HttpMethod.Put, $"/api/v1/conferences/{id}/attendance", new { presentMemberIds = members });
            foreach (var ballot in conference.GetProperty("ballots").EnumerateArray())
            {
                await CountAsync(counters, ballot, present, agree);
            }
        }

        await staff.SendAsync(HttpMethod.Post, $"/api/v1/rounds/{RoundId}/close");
    }

    /// <summary>A client of the running Kestrel server (the factory's own clients talk to the in-memory host).</summary>
    protected async Task<ApiClient> SignInAsync(QuyHoachAppFactory app, string userName)
    {
        var client = app.CreateClient(new() { BaseAddress = BaseAddress, AllowAutoRedirect = false, HandleCookies = true });
        var response = await QuyHoachAppFactory.PostSignInAsync(client, userName, QuyHoachAppFactory.DemoPassword);
        // The Kestrel client follows the redirect to the home page; a failed sign-in shows the form again (same 200).
        var page = await response.Content.ReadAsStringAsync();
        return page.Contains("Đăng xuất", StringComparison.Ordinal) ? new ApiClient(client) : throw new InvalidOperationException($"Sign-in as {userName} failed.");
    }

    protected static async Task CountAsync(ApiClient[] counters, JsonElement ballot, int present, int agree)
    {
        var id = ballot.GetProperty("id").GetGuid();
        var tally = TallyOf(ballot, present, agree);
        foreach (var counter in counters)
        {
            await counter.SendAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/tallies", tally);
        }

        await counters[0].SendAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/results");
    }

    /// <summary>A tally with every ballot valid and <paramref name="agree"/> votes for each candidate.</summary>
    protected static object TallyOf(JsonElement ballot, int present, int agree) => new
    {
        issued = present,
        returned = present,
        valid = present,
        invalid = 0,
        votes = ballot.GetProperty("candidates").EnumerateArray().Select(c => new { candidateId = c.GetProperty("id").GetGuid(), agree }).ToArray(),
    };
}
