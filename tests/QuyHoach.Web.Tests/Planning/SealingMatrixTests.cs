using System.Net;
using QuyHoach.Data.Identity;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// R-DISC-1 as a table: who sees the per-candidate counts of each step of a 2026 annual review of the Sở. "đủ" = the
/// counts, "niêm phong" = the ballot without counts (200, sealed), "404" = not in scope. The committee of every
/// conference here is kiemphieu + kiemphieu2; kiemphieu3 is a counter on none of them. Then the documents
/// (DocumentSealingMatrix) and, once the round is closed, the dossier's files (DossierFileSealingMatrix).
/// </summary>
public sealed class SealingMatrixTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Matrix = """
        role              | removal    | key-cadres | extended   | final
        staff             | đủ         | đủ         | đủ         | đủ
        leader            | đủ         | đủ         | đủ         | đủ
        counter-committee | đủ         | đủ         | đủ         | đủ
        counter-other     | niêm phong | niêm phong | niêm phong | đủ
        inspector         | niêm phong | niêm phong | niêm phong | đủ
        admin             | niêm phong | niêm phong | niêm phong | đủ
        delegate          | niêm phong | niêm phong | niêm phong | đủ
        staff-of-division | 404        | 404        | 404        | 404
        """;

    [Fact]
    public async Task Results_RolesBySteps_SealedExceptForCommitteeStaffLeadersAndTheFinalStep()
    {
        var app = fixture.App;
        await app.CreateAccountAsync("kiemphieu2", "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        await app.CreateAccountAsync("kiemphieu3", "Vũ Thị Hạnh", AppRoles.Counter, "NDI-SCT");
        await app.CreateAccountAsync("chuyenvienphong", "Đặng Thu Trang", AppRoles.Staff, "NDI-SCT-P01");
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var counter = new PlanningClient(await app.SignInAsAsync(AppRoles.Counter));
        var run = new RoundDriver(staff, counter, new PlanningClient(await app.SignInAsUserAsync("kiemphieu2")), ["kiemphieu", "kiemphieu2"]);
        var viewers = new Dictionary<string, PlanningClient>
        {
            ["staff"] = staff,
            ["leader"] = new(await app.SignInAsAsync(AppRoles.Leader)),
            ["counter-committee"] = counter,
            ["counter-other"] = new(await app.SignInAsUserAsync("kiemphieu3")),
            ["inspector"] = new(await app.SignInAsAsync(AppRoles.Inspector)),
            ["admin"] = new(await app.SignInAsAsync(AppRoles.Admin)),
            ["delegate"] = new(await app.SignInAsAsync(AppRoles.Delegate)),
            ["staff-of-division"] = new(await app.SignInAsUserAsync("chuyenvienphong")),
        };

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

        // Automatic removal without a vote (R-REM-AUTO): SCT-0019 is now below the 72-month floor, SCT-0041's political
        // standard was concluded not met in 2025; SCT-0020 goes to the removal vote on the staff's grounds (R-REM-VOTE).
        var members = await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members",
            new { titleCode = "SCT-TP", members = new[] { new { cadreCode = "SCT-0019", grounds = (string?)null }, new { cadreCode = "SCT-0020", grounds = (string?)"Chuyển công tác khỏi Sở" }, new { cadreCode = "SCT-0041", grounds = (string?)null } } });
        // The review opened with the demo's approved plan for the title (SCT-0023, SCT-0024 since 15/12/2025), both kept.
        Assert.Equal(["SCT-0016 ", "SCT-0019 automatic-removal", "SCT-0020 removal-vote", "SCT-0023 keep", "SCT-0024 keep", "SCT-0041 automatic-removal"], members.EnumerateArray().Select(e => $"{e.GetProperty("cadreCode").GetString()} {e.GetProperty("action").GetString()}"));

        var ballots = new Dictionary<string, Guid>();
        var steps = new (int Step, string Vote, DateOnly On, int Agree)[] { (1, "removal", new(2026, 4, 6), 2), (2, "key-cadres", new(2026, 4, 7), 8), (3, "extended", new(2026, 4, 8), 9), (4, "final", new(2026, 4, 9), 6) };
        foreach (var (step, vote, on, agree) in steps)
        {
            var conference = await run.OpenAsync(id, step, on);
            conference = await run.PresentAsync(conference, conference.GetProperty("convened").GetInt32());
            var ballot = Ballot(conference, "SCT-TP");
            var present = conference.GetProperty("present").GetInt32();
            await run.CountAsync(ballot, $"{present}/{present}/{present}/0", agree);
            ballots[vote] = ballot.GetProperty("id").GetGuid();
        }

        var seen = new Dictionary<(string, string), string>();
        foreach (var (role, column, _) in RoleMatrix.Parse(Matrix))
        {
            var (status, body) = await viewers[role].GetAsync($"/api/v1/ballots/{ballots[column]}/results");
            seen[(role, column)] = status switch
            {
                HttpStatusCode.OK => body.GetProperty("sealed").GetBoolean()
                    ? (body.GetProperty("candidates").EnumerateArray().All(c => c.GetProperty("agree").ValueKind == System.Text.Json.JsonValueKind.Null) ? "niêm phong" : "LỘ SỐ PHIẾU")
                    : "đủ",
                _ => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        Assert.Equal(RoleMatrix.Expected(Matrix), RoleMatrix.Render(Matrix, (role, column) => seen[(role, column)]));
        await Outputs.DocumentSealingMatrix.AssertAsync(viewers, ballots, id);
        await Outputs.DossierFileSealingMatrix.AssertAsync(viewers, id);
    }
}
