using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Tests.Planning;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.PlanningPages;

/// <summary>
/// Sửa biên bản kiểm phiếu on the conference page, without script: the key-cadre ballot of Kế hoạch 331/KH-SCT's review is
/// counted 8/4/3 with 11 present (≥ 30 %: at least 4); a counter on the committee finds the form prefilled with the
/// accepted tally, is refused without a reason or without the confirmation (nothing changes), then corrects the third
/// line to 4 with a reason: that candidate passes, the panel says who corrected, when and why, and the audit log has
/// the correction. Staff off the committee and a delegate get no form, and a forged post is refused.
/// </summary>
public sealed class CorrectingATallyOnThePageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task KeyCadres_CommitteeCorrectsWithReason_ResultsRecomputedAndShown()
    {
        var app = fixture.App;
        var (run, staff, counter) = await RoundDriver.InDepartmentAsync(app);
        var delegate_ = await app.SignInAsAsync(AppRoles.Delegate);
        var id = await CorrectionRounds.CreateAsync(staff);
        await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        var conference = await run.PresentAsync(await run.OpenAsync(id, 2, new DateOnly(2022, 4, 6)), 11);
        var ballot = Ballot(conference, "SCT-TP");
        var ballotId = ballot.GetProperty("id").GetGuid();
        var lines = ballot.GetProperty("candidates").EnumerateArray().Select(c => (Id: c.GetProperty("id").GetGuid(), Name: c.GetProperty("fullName").GetString()!)).ToList();
        Assert.Equal(["SCT-0015:8:đạt", "SCT-0016:4:đạt", "SCT-0017:3:không đạt"], Passing(await run.CountAsync(ballot, "11/11/11/0", 8, 4, 3)));
        var url = $"/hoi-nghi/{conference.GetProperty("id").GetGuid()}";
        var form = $"sua-bien-ban-{ballotId}";
        var third = $"dong-y-{lines[2].Id}";

        var page = await PageForms.GetAsync(counter.Http, url);
        var correction = page.QuerySelectorAll("form").Single(f => f.QuerySelector($"input[name=_handler][value='{form}']") is not null);
        Assert.Equal(
            ["11", "11", "11", "0", "8", "4", "3"],
            ((string[])["phat-ra", "thu-vao", "hop-le", "khong-hop-le", .. lines.Select(l => $"dong-y-{l.Id}")]).Select(n => correction.QuerySelector($"input[name='{n}']")!.GetAttribute("value")));
        Assert.Contains("Sửa biên bản và tính lại kết quả", correction.TextContent, StringComparison.Ordinal);
        Assert.NotNull(correction.QuerySelector("textarea[name=ly-do][required]"));
        Assert.NotNull(correction.QuerySelector("input[type=checkbox][name=xac-nhan]"));

        // Staff sees the counts (not sealed for staff) but is not on the committee; a delegate sees the step sealed.
        var staffPage = await PageForms.TextAsync(staff.Http, url);
        Assert.Contains("<td>8</td>", staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain(form, staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Sửa biên bản", staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain(form, await PageForms.TextAsync(delegate_, url), StringComparison.Ordinal);
        var forged = await ForgedPostAsync(staff.Http, url, form, ("phat-ra", "11"), ("thu-vao", "11"), ("hop-le", "11"), ("khong-hop-le", "0"),
            ($"dong-y-{lines[0].Id}", "8"), ($"dong-y-{lines[1].Id}", "4"), (third, "4"), ("ly-do", "Giả mạo"), ("xac-nhan", "1"));
        Assert.False(forged.IsSuccessStatusCode || forged.StatusCode == HttpStatusCode.Redirect, $"forged post → {(int)forged.StatusCode}");
        await staff.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Post, $"/api/v1/ballots/{ballotId}/correction", new
        {
            issued = 11,
            returned = 11,
            valid = 11,
            invalid = 0,
            reason = "Giả mạo",
            votes = lines.Zip((int[])[8, 4, 4], (l, a) => new { candidateId = l.Id, agree = a }).ToArray(),
        });

        // No reason, then no confirmation: refused in Vietnamese, what was typed is kept, nothing changes.
        var noReason = await PageForms.PostAsync(counter.Http, url, form, (third, "4"), ("xac-nhan", "1"));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        var noReasonHtml = await PageForms.HtmlAsync(counter.Http, noReason);
        Assert.Contains("sửa biên bản kiểm phiếu phải ghi lý do", noReasonHtml, StringComparison.Ordinal);
        Assert.Contains("Không có thay đổi nào được lưu", noReasonHtml, StringComparison.Ordinal);
        Assert.Equal("4", new HtmlParser().ParseDocument(noReasonHtml).QuerySelector($"input[name='{third}']")!.GetAttribute("value"));
        var unconfirmed = await PageForms.HtmlAsync(counter.Http, await PageForms.PostAsync(counter.Http, url, form, (third, "4"), ("ly-do", "Đếm lại phiếu gốc")));
        Assert.Contains("Hãy đánh dấu ô xác nhận trước khi sửa biên bản. Chưa sửa biên bản.", unconfirmed, StringComparison.Ordinal);
        Assert.Contains("Đếm lại phiếu gốc</textarea>", unconfirmed, StringComparison.Ordinal);
        var unchanged = await counter.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{ballotId}/results");
        Assert.Equal(["SCT-0015:8:đạt", "SCT-0016:4:đạt", "SCT-0017:3:không đạt"], Passing(unchanged));
        Assert.Empty(unchanged.GetProperty("corrections").EnumerateArray());
        Assert.DoesNotContain(await PlanningAuditLog.ReadAsync(app.ConnectionString), r => r.Action == "tally.corrected");

        // With a reason and the confirmation: saved, results recomputed, the panel tells who, when and why.
        var saved = await PageForms.PostAsync(counter.Http, url, form, (third, "4"), ("ly-do", "Đếm lại phiếu gốc: một phiếu đồng ý bị bỏ sót"), ("xac-nhan", "1"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("da-luu=sua-bien-ban", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var after = await PageForms.HtmlAsync(counter.Http, saved);
        Assert.Contains("Biên bản kiểm phiếu đã được sửa sau khi tính kết quả", after, StringComparison.Ordinal);
        Assert.DoesNotContain("kiemphieu", after, StringComparison.Ordinal);
        Assert.Contains("bởi Phạm Minh Đức. Lý do: Đếm lại phiếu gốc: một phiếu đồng ý bị bỏ sót.", after, StringComparison.Ordinal);
        Assert.Contains($"Thay đổi: Đồng ý: {lines[2].Name} 3 → 4.", after, StringComparison.Ordinal);
        var recomputed = await counter.OkAsync(HttpMethod.Get, $"/api/v1/ballots/{ballotId}/results");
        Assert.Equal(["SCT-0015:8:đạt", "SCT-0016:4:đạt", "SCT-0017:4:đạt"], Passing(recomputed));
        Assert.Equal("kiemphieu", Assert.Single(recomputed.GetProperty("corrections").EnumerateArray()).GetProperty("correctedBy").GetString());
        Assert.Contains("bởi Phạm Minh Đức", await PageForms.TextAsync(staff.Http, url), StringComparison.Ordinal);
        Assert.DoesNotContain("Đếm lại phiếu gốc", await PageForms.TextAsync(delegate_, url), StringComparison.Ordinal);

        var audit = Assert.Single(await PlanningAuditLog.ReadAsync(app.ConnectionString), r => r.Action == "tally.corrected");
        Assert.Equal("kiemphieu", audit.ActorName);
        Assert.Contains("Đếm lại phiếu gốc: một phiếu đồng ý bị bỏ sót", audit.After, StringComparison.Ordinal);
        Assert.Contains($"\"{lines[2].Id}\": 3", audit.Before, StringComparison.Ordinal);
        Assert.Contains($"\"{lines[2].Id}\": 4", audit.After, StringComparison.Ordinal);
    }

    /// <summary>"CODE:agree:passed" per line.</summary>
    private static string[] Passing(JsonElement results) => results.GetProperty("candidates").EnumerateArray()
        .Select(c => $"{c.GetProperty("cadreCode").GetString()}:{c.GetProperty("agree")}:{(c.GetProperty("passed").GetBoolean() ? "đạt" : "không đạt")}").ToArray();

    /// <summary>A post of a form the page did not render for this user, with a valid antiforgery token taken from another form.</summary>
    private static async Task<HttpResponseMessage> ForgedPostAsync(HttpClient client, string url, string formName, params (string Name, string Value)[] fields)
    {
        var page = await PageForms.GetAsync(client, url);
        var token = page.QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("_handler", formName)).Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}

/// <summary>The review round both correction scenarios start from: Kế hoạch 331/KH-SCT, SCT-TP with quota 2, three candidates.</summary>
internal static class CorrectionRounds
{
    public static async Task<Guid> CreateAsync(PlanningClient staff, string name = "Rà soát 2022")
    {
        var round = await staff.OkAsync(HttpMethod.Post, "/api/v1/rounds", new
        {
            name,
            kind = "annual-review",
            managementAuthorityCode = "NDI-SCT-DQL",
            termCode = "2020-2025",
            referenceMonth = "2022-04",
            ruleSetId = "qd50-nam-dinh",
            titles = new[] { new { code = "SCT-TP", quota = 2 } },
        });
        var id = round.GetProperty("id").GetGuid();
        await staff.OkAsync(HttpMethod.Post, $"/api/v1/rounds/{id}/source-list", new
        {
            titleCode = "SCT-TP",
            candidates = new[] { new { cadreCode = "SCT-0015" }, new { cadreCode = "SCT-0016" }, new { cadreCode = "SCT-0017" } },
        });
        return id;
    }
}
