using System.Net;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): a conference dated 31/12/9999 was accepted, and a tally of 0 issued / 0 returned with 7 present
/// was accepted and computed. A conference date must lie within the round's term window (ConferenceDateWindow); a
/// tally must account for the people present (TallyRule: at least one ballot issued). Both refusals write nothing.
/// </summary>
public sealed class PlanningInputEdgesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ConferenceDateOutsideTheTermWindow_Refused_NothingWritten()
    {
        var (run, staff, _) = await CastAsync();
        var id = await RemovalRoundAsync(staff, "Rà soát năm 2022 (ngày họp)");
        var conferences = $"/api/v1/rounds/{id}/conferences";

        // Term 2020-2025 (State 2021-2026): from 01/01/2015 to 31/12/2026.
        foreach (var heldOn in (DateOnly[])[new(9999, 12, 31), new(2062, 4, 5), new(1900, 1, 1), new(2014, 12, 31), new(2027, 1, 1)])
        {
            var detail = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, conferences, new { stepNumber = 1, heldOn });
            Assert.Equal($"Ngày họp {heldOn:dd/MM/yyyy} không hợp lý cho đợt quy hoạch nhiệm kỳ 2020-2025: hội nghị phải họp trong khoảng từ 01/01/2015 đến 31/12/2026. Không có thay đổi nào được lưu.", detail);
        }

        var steps = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}")).GetProperty("steps").EnumerateArray();
        Assert.All(steps, s => Assert.Equal(System.Text.Json.JsonValueKind.Null, s.GetProperty("conferenceId").ValueKind));
        Assert.Equal("draft", (await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}")).GetProperty("status").GetString());

        // The edges of the window pass the date check. On 01/01/2015 nobody sat yet on the demo's bodies (seated from
        // 01/10/2020), so that conference is refused for having nobody convened, not for its date; 31/12/2026 opens.
        var early = await staff.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, conferences, new { stepNumber = 1, heldOn = new DateOnly(2015, 1, 1) });
        Assert.Contains("chưa có thành viên nào vào ngày 01/01/2015", early, StringComparison.Ordinal);
        Assert.Equal("2026-12-31", (await run.OpenAsync(id, 1, new DateOnly(2026, 12, 31))).GetProperty("heldOn").GetString());
    }

    [Fact]
    public async Task TallyIssuingNoBallotWithPeoplePresent_Refused_NothingStored()
    {
        var (run, staff, counter) = await CastAsync();
        var id = await RemovalRoundAsync(staff, "Rà soát năm 2022 (phiếu phát ra)");
        var opened = await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5));
        var present = opened.GetProperty("convened").GetInt32();
        var conference = await run.PresentAsync(opened, present);
        var ballot = Ballot(conference, "SCT-PP");
        var ballotId = ballot.GetProperty("id").GetGuid();

        var (status, problem) = await counter.PostAsync($"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, "0/0/0/0", 0));
        Assert.True(status == HttpStatusCode.BadRequest, problem.ToString());
        var only = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal("NONE_ISSUED", only.GetProperty("code").GetString());
        Assert.Equal($"Số phiếu phát ra phải từ 1 trở lên khi có {present} người có mặt (đã nhập 0).", only.GetProperty("message").GetString());
        Assert.Contains("Số phiếu phát ra", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await staff.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{ballotId}/reconciliation")).GetProperty("entries").EnumerateArray());

        // The checks that held before still hold, and a sheet that accounts for the present is counted.
        var (tooMany, body) = await counter.PostAsync($"/api/v1/ballots/{ballotId}/tallies", Tally(ballot, $"{present + 1}/{present + 1}/{present + 1}/0", 3));
        Assert.True(tooMany == HttpStatusCode.BadRequest, body.ToString());
        Assert.Contains(body.GetProperty("problems").EnumerateArray(), p => p.GetProperty("code").GetString() == "ISSUED_EXCEEDS_PRESENT");
        Assert.Equal([$"SCT-0019:{present}:đạt"], Lines(await run.CountAsync(ballot, $"{present}/{present}/{present}/0", present)));
    }

    private async Task<(RoundDriver Run, PlanningClient Staff, PlanningClient Counter)> CastAsync()
    {
        var (run, staff, counter, _) = await DoubleSubmitTallyTests.CastAsync(fixture.App);
        return (run, staff, counter);
    }
}
