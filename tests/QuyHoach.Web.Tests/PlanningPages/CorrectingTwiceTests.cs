using System.Net;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// The same correction sent twice at once (a double click on "Sửa biên bản"): the ballot's lock orders them, the second
/// finds the accepted tally already equal to what it asks and writes nothing, so one correction is recorded, one event
/// is in the audit log, and both answers carry the corrected results.
/// </summary>
public sealed class CorrectingTwiceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SameCorrectionTwiceAtOnce_OneCorrectionOneEvent_BothAnswered()
    {
        var app = fixture.App;
        var (run, staff, counter) = await RoundDriver.InDepartmentAsync(app);
        var id = await CorrectionRounds.CreateAsync(staff);
        await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        var conference = await run.PresentAsync(await run.OpenAsync(id, 2, new DateOnly(2022, 4, 6)), 11);
        var ballot = Ballot(conference, "SCT-TP");
        var ballotId = ballot.GetProperty("id").GetGuid();
        var lines = ballot.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        await run.CountAsync(ballot, "11/11/11/0", 8, 4, 3);
        var body = new
        {
            issued = 11,
            returned = 11,
            valid = 11,
            invalid = 0,
            reason = "Đếm lại phiếu gốc",
            votes = lines.Zip((int[])[8, 4, 4], (l, a) => new { candidateId = l, agree = a }).ToArray(),
        };

        var answers = await Task.WhenAll(
            counter.PostAsync($"/api/v1/ballots/{ballotId}/correction", body),
            counter.PostAsync($"/api/v1/ballots/{ballotId}/correction", body));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, a.Body.ToString()));
        var results = await counter.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{ballotId}/results");
        Assert.Single(results.GetProperty("corrections").EnumerateArray());
        Assert.Equal(4, results.GetProperty("candidates")[2].GetProperty("agree").GetInt32());
        Assert.Single(await PlanningAuditLog.ReadAsync(app.ConnectionString), r => r.Action == "tally.corrected");
    }
}
