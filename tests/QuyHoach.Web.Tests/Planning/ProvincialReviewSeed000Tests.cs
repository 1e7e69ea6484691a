using System.Net;
using QuyHoach.Data.Identity;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// The province's 2023 review of titles the BTV Tỉnh ủy manages (here the Sở's Giám đốc and Phó Giám đốc),
/// run by the province: BTV (lần 1) with the removal vote, key cadres (BCH + heads of provincial agencies), BCH, BTV
/// (lần 2). The test seats a BTV of 15 and a BCH of 50 (intent method); the rule set is frozen at the first conference
/// (27/7/2023 → qd50). Numbers are the examples of docs/rules/votes.md.
/// </summary>
public sealed class ProvincialReviewSeed000Tests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ProvincialReview_Seed000_ThresholdsQuorumAndTopDownFill()
    {
        var app = fixture.App;
        await app.SeatProvinceBodiesAsync(standing: 15, executive: 50);
        await app.CreateAccountAsync("chuyenvientinh", "Mai Thị Hồng", AppRoles.Staff, "NDI");
        await app.CreateAccountAsync("kiemphieutinh1", "Lương Văn Sơn", AppRoles.Counter, "NDI");
        await app.CreateAccountAsync("kiemphieutinh2", "Hồ Thị Yến", AppRoles.Counter, "NDI");
        var staff = new PlanningClient(await app.SignInAsUserAsync("chuyenvientinh"));
        var run = new RoundDriver(staff, new PlanningClient(await app.SignInAsUserAsync("kiemphieutinh1")), new PlanningClient(await app.SignInAsUserAsync("kiemphieutinh2")), ["kiemphieutinh1", "kiemphieutinh2"]);

        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2023",
            kind = "annual-review",
            managementAuthorityCode = "NDI-DQL-BTV",
            termCode = "2020-2025",
            referenceMonth = "2023-07",
            titles = new[] { new { code = "SCT-GD", quota = 1 }, new { code = "SCT-PGD", quota = 3 } },
        });
        var id = round.GetProperty("id").GetGuid();
        Assert.Equal(
            ["1 removal NDI-BTV", "2 key-cadres NDI-BCH", "3 extended NDI-BCH", "4 final NDI-BTV"],
            round.GetProperty("steps").EnumerateArray().Select(s => $"{s.GetProperty("number")} {s.GetProperty("vote").GetString()} {string.Join('+', s.GetProperty("bodyCodes").EnumerateArray().Select(b => b.GetString()))}"));
        foreach (var (step, due) in new[] { (1, new DateOnly(2023, 7, 27)), (2, new DateOnly(2023, 8, 3)), (3, new DateOnly(2023, 8, 3)), (4, new DateOnly(2023, 8, 3)) })
        {
            await staff.OkAsync(HttpMethod.Put, $"/api/v1/rounds/{id}/steps/{step}", new { dueOn = due });
        }

        var candidates = Enumerable.Range(5, 6).Select(i => new { cadreCode = $"SCT-{i:D4}", justification = "Ban Tổ chức Tỉnh ủy đề xuất" }).ToArray();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-PGD", candidates });
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-GD", candidates = new[] { new { cadreCode = "SCT-0002", justification = "Ban Tổ chức Tỉnh ủy đề xuất" } } });
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/plan-members", new
        {
            titleCode = "SCT-PGD",
            members = new[] { new { cadreCode = "SCT-0020", grounds = "Không còn đủ tiêu chuẩn, điều kiện" }, new { cadreCode = "SCT-0022", grounds = "Chuyển công tác ra ngoài Đảng bộ tỉnh" } },
        });

        // Step 1, BTV 15 convened, 12 present: 8 to remove → proposed (16 > 15); 7 → stays although 7 of 12 present (case 11).
        var first = await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2023, 7, 27)), 12);
        Assert.Equal((15, "qd50@2021.1"), (first.GetProperty("convened").GetInt32(), first.GetProperty("ruleSet").GetString()));
        Assert.Equal(["SCT-0020:8:đạt", "SCT-0022:7:không đạt"], Lines(await run.CountAsync(Ballot(first, "SCT-PGD"), "12/12/12/0", 8, 7)));
        await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Put, $"/api/v1/rounds/{id}/steps/2", new { dueOn = new DateOnly(2023, 8, 4) });

        // Step 2, key cadres: BCH 50 + 10 heads of provincial agencies = 60; 40 present is exactly two thirds; ≥ 30 % of 40 = 12 (case 5).
        var key = await run.OpenAsync(id, 2, new DateOnly(2023, 8, 3));
        var invitees = Enumerable.Range(1, 10).Select(i => new { cadreCode = (string?)null, fullName = $"Thủ trưởng cơ quan cấp tỉnh số {i}", position = "Giám đốc sở, ngành cấp tỉnh" }).ToArray();
        key = await staff.OkAsync(HttpMethod.Post, $"/api/v1/conferences/{key.GetProperty("id").GetGuid()}/invitees", new { invitees });
        key = await run.PresentAsync(key, 40);
        Assert.Equal((60, 40, true), (key.GetProperty("convened").GetInt32(), key.GetProperty("present").GetInt32(), key.GetProperty("quorumMet").GetBoolean()));
        Assert.Equal(
            ["SCT-0005:12:đạt", "SCT-0006:11:không đạt", "SCT-0007:30:đạt", "SCT-0008:25:đạt", "SCT-0009:20:đạt", "SCT-0010:18:đạt"],
            Lines(await run.CountAsync(Ballot(key, "SCT-PGD"), "40/40/38/2", 12, 11, 30, 25, 20, 18)));
        Assert.Equal(["SCT-0002:30:đạt"], Lines(await run.CountAsync(Ballot(key, "SCT-GD"), "40/40/40/0", 30)));

        // Step 3, BCH 50 convened, 40 present: > 50 % of present; 20 is exactly half and fails, 21 passes (case 7's rule).
        var bch = await run.PresentAsync(await run.OpenAsync(id, 3, new DateOnly(2023, 8, 3)), 40);
        Assert.Equal(
            ["SCT-0005:21:đạt", "SCT-0007:20:không đạt", "SCT-0008:35:đạt", "SCT-0009:30:đạt", "SCT-0010:28:đạt"],
            Lines(await run.CountAsync(Ballot(bch, "SCT-PGD"), "40/40/40/0", 21, 20, 35, 30, 28)));
        Assert.Equal(["SCT-0002:25:đạt"], Lines(await run.CountAsync(Ballot(bch, "SCT-GD"), "40/40/40/0", 25)));

        // Step 4, BTV 15 convened, 12 present: > 50 % of convened (8); top-down to quota 3 (case 12); 7 of 12 fails (case 9).
        var btv = await run.PresentAsync(await run.OpenAsync(id, 4, new DateOnly(2023, 8, 3)), 12);
        Assert.Equal(
            ["SCT-0005:12:đạt:chọn", "SCT-0008:11:đạt:chọn", "SCT-0009:10:đạt:chọn", "SCT-0010:9:đạt:không chọn"],
            Lines(await run.CountAsync(Ballot(btv, "SCT-PGD"), "12/12/12/0", 12, 11, 10, 9)));
        Assert.Equal(["SCT-0002:7:không đạt:không chọn"], Lines(await run.CountAsync(Ballot(btv, "SCT-GD"), "12/12/12/0", 7)));

        Assert.Equal("closed", (await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/close")).GetProperty("status").GetString());
        var demoStaff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        await demoStaff.RefusedAsync(HttpStatusCode.NotFound, HttpMethod.Get, $"/api/v1/rounds/{id}");
        await Outputs.Seed000Documents.AssertAsync(staff, demoStaff, id, Ballot(first, "SCT-PGD").GetProperty("id").GetGuid());
    }
}
