using System.Net;
using AngleSharp.Html.Parser;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// Nguồn từ nơi khác (R-OTH-1) on the round page, without script: a person of another agency is added with the facts
/// screening needs, refused in Vietnamese with nothing written when the input is bad or the person is not eligible
/// without a justification, added once however often the form is sent, left off the key-cadre and extended ballots,
/// voted at the final step and printed on the proposed list with the post and agency as written.
/// </summary>
public sealed class ExternalSourcePagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Agency = "Ủy ban nhân dân huyện Ý Yên";
    private const string Post = "Trưởng phòng Kinh tế và Hạ tầng";

    [Fact]
    public async Task ExternalSource_AddedOnThePage_Screened_VotedAtTheFinalStep_OnTheProposedList()
    {
        var (run, staff, _) = await InDepartmentAsync(fixture.App);
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát, bổ sung quy hoạch năm 2022 (nguồn từ nơi khác)",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        var url = $"/dot-quy-hoach/{id}";
        var page = new HtmlParser().ParseDocument(await staff.Http.GetStringAsync(new Uri(url, UriKind.Relative)));
        var deputy = page.QuerySelectorAll("select[name='External.EquivalentTitleId'] option").Single(o => o.TextContent == "Phó trưởng phòng và tương đương").GetAttribute("value")!;

        // Bad input: every problem named, nothing written.
        var bad = await PostAsync(staff, url, deputy, ("External.FullName", "<b>Khải</b>"), ("External.Agency", new string('x', 301)), ("External.Birth", "31/02/1980"));
        var badHtml = await PageForms.HtmlAsync(staff.Http, bad);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        foreach (var text in (string[])["Chưa bổ sung được nguồn từ nơi khác", "Cơ quan, đơn vị đang công tác tối đa 300 ký tự", "nhập đủ ngày, tháng, năm theo dạng dd/MM/yyyy"])
        {
            Assert.Contains(text, badHtml, StringComparison.Ordinal);
        }

        // Not eligible (a man born 03/1966 has 68 months left from 04/2022, 72 required, R-AGE-2): refused without a justification.
        var old = await PostAsync(staff, url, deputy, ("External.FullName", "Đỗ Văn Tường"), ("External.Birth", "10/03/1966"));
        Assert.Contains("cần ghi lý do bổ sung vào danh sách nguồn", await PageForms.HtmlAsync(staff.Http, old), StringComparison.Ordinal);
        Assert.Empty((await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list")).EnumerateArray());

        // Eligible, sent twice: one line, marked as a source from elsewhere.
        for (var i = 0; i < 2; i++)
        {
            var added = await PostAsync(staff, url, deputy);
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            var html = await PageForms.HtmlAsync(staff.Http, added);
            Assert.Contains("Nguồn từ nơi khác", html, StringComparison.Ordinal);
            Assert.Contains($"{Post}, {Agency}", html, StringComparison.Ordinal);
        }

        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new { titleCode = "SCT-TP", candidates = new[] { new { cadreCode = "SCT-0015", justification = (string?)null } } });
        var list = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list")).EnumerateArray().ToList();
        Assert.Equal(
            ["Hoàng Xuân Hải EligibleWithObligations ", $"Trần Văn Khải Eligible {Post}, {Agency}"],
            list.Select(e => $"{e.GetProperty("fullName").GetString()} {e.GetProperty("outcome").GetString()} {e.GetProperty("elsewhere").GetString()}").Order(StringComparer.Ordinal));

        // Steps 1–3 are not held for him (R-OTH-1); the final step's ballot carries him with those who passed.
        await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 7);
        foreach (var (step, day) in new[] { (2, 6), (3, 7) })
        {
            var conference = await run.OpenAsync(id, step, new DateOnly(2022, 4, day));
            conference = await run.PresentAsync(conference, conference.GetProperty("convened").GetInt32());
            var ballot = Ballot(conference, "SCT-TP");
            Assert.Equal(["Hoàng Xuân Hải"], ballot.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("fullName").GetString()));
            var n = conference.GetProperty("present").GetInt32();
            await run.CountAsync(ballot, $"{n}/{n}/{n}/0", n);
        }

        var final = await run.PresentAsync(await run.OpenAsync(id, 4, new DateOnly(2022, 4, 8)), 7);
        var finalBallot = Ballot(final, "SCT-TP");
        Assert.Equal(["Hoàng Xuân Hải", "Trần Văn Khải"], finalBallot.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("fullName").GetString()).Order(StringComparer.Ordinal));
        var results = await run.CountAsync(finalBallot, "7/7/7/0", 7, 6);
        Assert.All(results.GetProperty("candidates").EnumerateArray(), c => Assert.True(c.GetProperty("selected").GetBoolean()));
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/close");

        var proposed = (await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/rounds/{id}/proposed-list.xlsx"))["Đề nghị quy hoạch"];
        var line = Assert.Single(proposed, l => l.Contains("Trần Văn Khải", StringComparison.Ordinal));
        Assert.Contains($"{Post}, {Agency}", line, StringComparison.Ordinal);
        Assert.Contains("15/05/1980", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExternalSource_SentTwiceAtOnce_OnePersonOneLine()
    {
        var staff = new PlanningClient(await fixture.App.SignInAsAsync(Data.Identity.AppRoles.Staff));
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát 2022 (gửi hai lần)",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 1 } },
        });
        var id = round.GetProperty("id").GetGuid();
        var page = new HtmlParser().ParseDocument(await staff.Http.GetStringAsync(new Uri($"/dot-quy-hoach/{id}", UriKind.Relative)));
        var deputy = page.QuerySelectorAll("select[name='External.EquivalentTitleId'] option").Single(o => o.TextContent == "Phó trưởng phòng và tương đương").GetAttribute("value")!;
        var body = new
        {
            titleCode = "SCT-TP",
            fullName = "Lê Thị Hồng Nhung",
            sex = "nu",
            birth = "02/09/1984",
            agency = Agency,
            post = "Phó trưởng phòng Kinh tế và Hạ tầng",
            equivalentTitleId = deputy,
            politicalTheory = "Advanced",
            professional = "Bachelor",
            stateManagement = "Principal",
            rating1 = "Good",
            rating2 = "Good",
            rating3 = "Good",
            politicalStandardOn = "01/03/2022",
            homeOpinion = "Công văn số 46/UBND-NV ngày 21/3/2022",
        };
        var answers = await Task.WhenAll(staff.PostAsync($"/api/v1/rounds/{id}/external-sources", body), staff.PostAsync($"/api/v1/rounds/{id}/external-sources", body));
        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, a.Body.ToString()));
        var line = Assert.Single((await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list")).EnumerateArray());
        Assert.Equal("Lê Thị Hồng Nhung", line.GetProperty("fullName").GetString());

        var tooLong = await staff.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/rounds/{id}/external-sources", body with { fullName = "Lê Thị Hồng Nhung Khác", post = new string('a', 301) });
        Assert.Contains("Chức vụ hiện tại tối đa 300 ký tự", tooLong, StringComparison.Ordinal);
        Assert.Single((await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{id}/source-list")).EnumerateArray());
    }

    /// <summary>The form of a person who meets the standards of a Trưởng phòng, with <paramref name="changes"/> applied.</summary>
    private static Task<HttpResponseMessage> PostAsync(PlanningClient staff, string url, string deputy, params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["External.TitleCode"] = "SCT-TP",
            ["External.FullName"] = "Trần Văn Khải",
            ["External.Sex"] = "nam",
            ["External.Birth"] = "15/05/1980",
            ["External.PartyJoinedOn"] = "03/02/2005",
            ["External.Agency"] = Agency,
            ["External.Post"] = Post,
            ["External.EquivalentTitleId"] = deputy,
            ["External.PoliticalTheory"] = "Advanced",
            ["External.Professional"] = "Master",
            ["External.StateManagement"] = "Principal",
            ["External.Rating1"] = "Good",
            ["External.Rating2"] = "Good",
            ["External.Rating3"] = "Excellent",
            ["External.PoliticalStandardOn"] = "01/03/2022",
            ["External.HomeOpinion"] = "Công văn số 45/UBND-NV ngày 20/3/2022",
        };
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return PageForms.PostAsync(staff.Http, url, "nguon-noi-khac", fields);
    }
}
