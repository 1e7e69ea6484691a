using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// The steps of a round as the tests say them: open a conference, mark the first N of the convening list present,
/// enter a tally twice (two counters), compute. Tallies are written as "issued/returned/valid/invalid" and agree
/// counts per line in ballot order.
/// </summary>
public sealed class RoundDriver(PlanningClient staff, PlanningClient counterA, PlanningClient counterB, IReadOnlyList<string> counterUserNames)
{
    public PlanningClient Staff => staff;

    /// <summary>The usual cast in the demo department: its staff account and a counting committee of the demo counter
    /// and a second counter "kiemphieu2" created here. The first counter is returned too, for the tests that act as it.</summary>
    public static async Task<(RoundDriver Run, PlanningClient Staff, PlanningClient Counter)> InDepartmentAsync(QuyHoachAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.CreateAccountAsync("kiemphieu2", "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var counter = new PlanningClient(await app.SignInAsAsync(AppRoles.Counter));
        var second = new PlanningClient(await app.SignInAsUserAsync("kiemphieu2"));
        return (new RoundDriver(staff, counter, second, ["kiemphieu", "kiemphieu2"]), staff, counter);
    }

    /// <summary>An annual review of 2022 (qd50-nam-dinh, SCT-PP with a quota of 3) whose first step votes on removing
    /// SCT-0019 from the plan (one line).</summary>
    public static async Task<Guid> RemovalRoundAsync(PlanningClient staff, string name)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name,
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-PP", quota = 3 } },
        });
        var id = round.GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members",
            new { titleCode = "SCT-PP", members = new[] { new { cadreCode = "SCT-0019", grounds = "Không còn đáp ứng tiêu chuẩn, điều kiện" } } });
        return id;
    }

    public async Task<JsonElement> OpenAsync(Guid roundId, int step, DateOnly heldOn)
    {
        var conference = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/conferences", new { stepNumber = step, heldOn });
        var id = conference.GetProperty("id").GetGuid();
        return await staff.OkAsync(HttpMethod.Put, $"/api/v1/conferences/{id}/counting-committee", new { userNames = counterUserNames });
    }

    public async Task<JsonElement> PresentAsync(JsonElement conference, int present)
    {
        var ids = conference.GetProperty("members").EnumerateArray().Take(present).Select(m => m.GetProperty("id").GetGuid()).ToArray();
        return await staff.OkAsync(HttpMethod.Put, $"/api/v1/conferences/{conference.GetProperty("id").GetGuid()}/attendance", new { presentMemberIds = ids });
    }

    public static JsonElement Ballot(JsonElement conference, string titleCode) =>
        conference.GetProperty("ballots").EnumerateArray().Single(b => b.GetProperty("titleCode").GetString() == titleCode);

    public static object Tally(JsonElement ballot, string sheet, params int[] agree)
    {
        var n = sheet.Split('/').Select(int.Parse).ToArray();
        var lines = ballot.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToArray();
        Assert.Equal(lines.Length, agree.Length);
        return new { issued = n[0], returned = n[1], valid = n[2], invalid = n[3], votes = lines.Zip(agree, (id, a) => new { candidateId = id, agree = a }).ToArray() };
    }

    /// <summary>Two counters enter the same tally, then the results are computed and returned (full view).</summary>
    public async Task<JsonElement> CountAsync(JsonElement ballot, string sheet, params int[] agree)
    {
        var id = ballot.GetProperty("id").GetGuid();
        var tally = Tally(ballot, sheet, agree);
        await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/tallies", tally);
        var status = await counterB.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/tallies", tally);
        Assert.Equal("reconciled", status.GetProperty("status").GetString());
        return await counterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{id}/results");
    }

    /// <summary>"CODE:agree:passed" per line, the way the expected outcomes are written.</summary>
    public static string[] Lines(JsonElement results) => results.GetProperty("candidates").EnumerateArray()
        .Select(c => $"{c.GetProperty("cadreCode").GetString() ?? c.GetProperty("fullName").GetString()}:{c.GetProperty("agree")}:{(c.GetProperty("passed").GetBoolean() ? "đạt" : "không đạt")}{Selected(c)}")
        .ToArray();

    private static string Selected(JsonElement c) => c.GetProperty("selected").ValueKind switch
    {
        JsonValueKind.True => ":chọn",
        JsonValueKind.False => ":không chọn",
        _ => "",
    };
}
