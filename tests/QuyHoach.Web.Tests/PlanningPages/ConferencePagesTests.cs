using System.Net;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// The key-cadre conference of the Kế hoạch 331/KH-SCT annual review on its page, without script: staff opens it and records
/// attendance, two counters enter one tally each with one mismatch, the mismatch is resolved side by side and the
/// results computed; the step is sealed (R-DISC-1), so a delegate sees the ballot lines and no count in the HTML.
/// </summary>
public sealed class ConferencePagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task KeyCadres_AttendanceTallyMismatchResolved_SealedForDelegate()
    {
        var app = fixture.App;
        await app.CreateAccountAsync("kiemphieu2", "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        var staff = new PlanningClient(await app.SignInAsAsync(AppRoles.Staff));
        var counterA = await app.SignInAsAsync(AppRoles.Counter);
        var counterB = await app.SignInAsUserAsync("kiemphieu2");
        var delegate_ = await app.SignInAsAsync(AppRoles.Delegate);
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name = "Rà soát 2022",
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var roundUrl = $"/dot-quy-hoach/{round.GetProperty("id").GetGuid()}";
        foreach (var code in (string[])["SCT-0015", "SCT-0016", "SCT-0017"])
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PageForms.PostAsync(staff.Http, roundUrl, "bo-sung-nguon", ("Candidate.TitleCode", "SCT-TP"), ("Candidate.CadreCode", code))).StatusCode);
        }

        var early = await PageForms.PostAsync(staff.Http, roundUrl, "mo-hoi-nghi-2", ("Open.HeldOn", "06/04/2022"));
        Assert.Contains("Chưa tổ chức hội nghị bước 1", await PageForms.HtmlAsync(staff.Http, early), StringComparison.Ordinal);
        var first = await PageForms.PostAsync(staff.Http, roundUrl, "mo-hoi-nghi-1", ("Open.HeldOn", "05/04/2022"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        // Step 1 completes only on a quorum (R-QUO-1), ballot or not: attendance before step 2 opens.
        var firstConference = await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{first.Headers.Location!.AbsolutePath["/hoi-nghi/".Length..]}");
        await new RoundDriver(staff, staff, staff, []).PresentAsync(firstConference, 5);
        var opened = await PageForms.PostAsync(staff.Http, roundUrl, "mo-hoi-nghi-2", ("Open.HeldOn", "06/04/2022"));
        var url = opened.Headers.Location!.AbsolutePath;
        Assert.StartsWith("/hoi-nghi/", url, StringComparison.Ordinal);

        await PageForms.PostAsync(staff.Http, url, "to-kiem-phieu", await CountersAsync(staff.Http, url, "Phạm Minh Đức", "Lê Văn Tâm"));
        // Invitees and write-ins are chosen with the picker (here its plain search form, no script), never typed as codes.
        Assert.Null((await PageForms.GetAsync(staff.Http, url)).QuerySelector("input[name=ma]"));
        var found = await PageForms.GetAsync(staff.Http, $"{url}?tim-khach=SCT-0012");
        var invitee = Assert.Single(found.QuerySelectorAll("#khach-lua-chon input[name=can-bo]")).GetAttribute("value")!;
        var noPosition = await PageForms.HtmlAsync(staff.Http, await PageForms.PostAsync(staff.Http, url, "moi-them", ("can-bo", invitee)));
        Assert.Contains("hãy chọn một cán bộ trong danh sách cán bộ hoặc nhập họ tên người không có trong danh sách, và nhập chức vụ", noPosition, StringComparison.Ordinal);
        await PageForms.PostAsync(staff.Http, url, "moi-them", ("can-bo", invitee), ("chuc-vu", "Trưởng phòng"));
        var page = await PageForms.GetAsync(staff.Http, url);
        var members = page.QuerySelectorAll("input[name=co-mat]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal(12, members.Count);
        var attendance = await PageForms.PostAsync(staff.Http, url, "diem-danh", members.Take(8).Select(m => new KeyValuePair<string, string>("co-mat", m)));
        var quorum = await PageForms.HtmlAsync(staff.Http, attendance);
        Assert.Contains("Có mặt 8/12 người được triệu tập (tối thiểu 2/3: 8).", quorum, StringComparison.Ordinal);
        Assert.Contains("Đủ số lượng để tiến hành bỏ phiếu.", quorum, StringComparison.Ordinal);

        var writeIn = (await PageForms.GetAsync(staff.Http, url)).QuerySelector("input[name=_handler][value^='ghi-them-']")!.GetAttribute("value")!;
        var onBallot = await PageForms.GetAsync(staff.Http, $"{url}?phieu={writeIn["ghi-them-".Length..]}&tim-ghi-them=SCT-0015");
        var already = Assert.Single(onBallot.QuerySelectorAll($"#ghi-them-lua-chon-{writeIn["ghi-them-".Length..]} input[name=can-bo]")).GetAttribute("value")!;
        var unknown = await PageForms.HtmlAsync(staff.Http, await PageForms.PostAsync(staff.Http, url, writeIn, ("can-bo", already)));
        Assert.Contains("chưa có trên phiếu", unknown, StringComparison.Ordinal);
        var ballot = (await PageForms.GetAsync(counterA, url)).QuerySelector("form input[name=_handler][value^='nhap-bien-ban-']")!.GetAttribute("value")!;
        var wrong = await PageForms.PostAsync(counterA, url, ballot, Tally(await LinesAsync(counterA, url), "8", "9", "8", "0", 5, 3, 2));
        Assert.Contains("Không có thay đổi nào được lưu", await PageForms.HtmlAsync(counterA, wrong), StringComparison.Ordinal);
        await PageForms.PostAsync(counterA, url, ballot, Tally(await LinesAsync(counterA, url), "8", "8", "8", "0", 5, 3, 2));
        var second = await PageForms.PostAsync(counterB, url, ballot, Tally(await LinesAsync(counterB, url), "8", "8", "8", "0", 5, 3, 1));
        var sideBySide = await PageForms.HtmlAsync(counterB, second);
        Assert.Contains("Hai lần nhập chênh lệch ở:", sideBySide, StringComparison.Ordinal);
        Assert.Contains("Lần nhập của Phạm Minh Đức", sideBySide, StringComparison.Ordinal);
        Assert.Contains("Lần nhập của Lê Văn Tâm", sideBySide, StringComparison.Ordinal);
        Assert.DoesNotContain("Lần nhập của kiemphieu", sideBySide, StringComparison.Ordinal);

        var choice = (await PageForms.GetAsync(counterB, url)).QuerySelector("input[name=lan-nhap]")!.GetAttribute("value")!;
        var resolved = await PageForms.PostAsync(counterB, url, ballot.Replace("nhap-bien-ban-", "giai-quyet-", StringComparison.Ordinal), ("lan-nhap", choice), ("ly-do", "Đối chiếu phiếu gốc"));
        Assert.Contains("Đã đối chiếu khớp", await PageForms.HtmlAsync(counterB, resolved), StringComparison.Ordinal);
        var computed = await PageForms.PostAsync(counterA, url, ballot.Replace("nhap-bien-ban-", "tinh-ket-qua-", StringComparison.Ordinal), ("xac-nhan", "1"));
        var full = await PageForms.HtmlAsync(counterA, computed);
        Assert.Contains("cần ít nhất 3 phiếu đồng ý", full, StringComparison.Ordinal);
        Assert.Contains("<td>5</td>", full, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/v1/ballots/{ballot["nhap-bien-ban-".Length..]}/minutes.docx\"", full, StringComparison.Ordinal);

        var sealedHtml = await PageForms.TextAsync(delegate_, url);
        Assert.Contains("Kết quả kiểm phiếu không công bố tại hội nghị", sealedHtml, StringComparison.Ordinal);
        // A person is named with the current title and unit, never an internal code in brackets; the ballot by its title's name.
        var candidate = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/cadres/{(await app.CadreIdAsync("SCT-0015"))!.Value}")).GetProperty("fullName").GetString()!;
        Assert.Contains($"{candidate} · ", sealedHtml, StringComparison.Ordinal);
        Assert.Contains("Phiếu giới thiệu chức danh Trưởng phòng và tương đương", sealedHtml, StringComparison.Ordinal);
        foreach (var html in (string[])[sealedHtml, full, await PageForms.TextAsync(staff.Http, url)])
        {
            Assert.DoesNotContain("(SCT-", html, StringComparison.Ordinal);
            Assert.DoesNotContain("SCT-TP", html, StringComparison.Ordinal);
        }

        foreach (var leak in (string[])["<td>5</td>", "<td>3</td>", "Đồng ý", "Đạt", "phiếu đồng ý", "Lần nhập của", "Đối chiếu phiếu gốc", "minutes.docx"])
        {
            Assert.DoesNotContain(leak, sealedHtml, StringComparison.Ordinal);
        }
    }

    /// <summary>The committee's checkboxes ticked for the accounts named <paramref name="names"/> (by their labels).</summary>
    internal static async Task<IEnumerable<KeyValuePair<string, string>>> CountersAsync(HttpClient client, string url, params string[] names)
    {
        var page = await PageForms.GetAsync(client, url);
        return page.QuerySelectorAll("input[name=thanh-vien]")
            .Where(i => names.Contains(page.QuerySelector($"label[for='{i.Id}']")?.TextContent.Trim()))
            .Select(i => new KeyValuePair<string, string>("thanh-vien", i.GetAttribute("value")!))
            .ToList();
    }

    private static async Task<List<string>> LinesAsync(HttpClient client, string url) =>
        (await PageForms.GetAsync(client, url)).QuerySelectorAll("input[name^='dong-y-']").Select(i => i.GetAttribute("name")!).ToList();

    private static IEnumerable<KeyValuePair<string, string>> Tally(List<string> lines, string issued, string returned, string valid, string invalid, params int[] agree) =>
        new Dictionary<string, string> { ["phat-ra"] = issued, ["thu-vao"] = returned, ["hop-le"] = valid, ["khong-hop-le"] = invalid }
            .Concat(lines.Zip(agree, (l, a) => new KeyValuePair<string, string>(l, a.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
