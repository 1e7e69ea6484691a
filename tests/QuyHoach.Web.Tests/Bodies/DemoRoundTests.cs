using System.Globalization;
using System.Net;
using QuyHoach.Testing;
using QuyHoach.Web.Hosting;
using QuyHoach.Web.Tests.PlanningPages;

namespace QuyHoach.Web.Tests.Bodies;

/// <summary>
/// A fresh demo (its own empty database, seeded by the app's first start, round left mid-way included) lets a newcomer
/// finish a vote through the pages: signed in as the second counter, they find the step 2 conference, enter the tally
/// the first counter entered, and compute and read the results at once.
/// </summary>
public sealed class DemoRoundTests : IAsyncLifetime
{
    private QuyHoachAppFactory? _app;

    public async Task InitializeAsync() => _app = new QuyHoachAppFactory(await TestDatabase.CreateEmptyAsync(), ownsDatabase: true);

    public async Task DisposeAsync() => await _app!.DisposeAsync();

    [Fact]
    public async Task FreshDemo_SecondCounterCompletesTheStep2TallyOnThePages()
    {
        var counter = await _app!.SignInAsUserAsync("kiemphieu2");
        var conferences = await PageForms.GetAsync(counter, "/hoi-nghi");
        var url = conferences.QuerySelectorAll("a[href^='/hoi-nghi/']").Single(a => a.TextContent.Contains("bước 2", StringComparison.Ordinal)).GetAttribute("href")!;
        var page = await PageForms.GetAsync(counter, url);
        var form = page.QuerySelector("input[name=_handler][value^='nhap-bien-ban-']")!.GetAttribute("value")!;
        var lines = page.QuerySelectorAll("input[name^='dong-y-']").Select(i => i.GetAttribute("name")!).ToList();
        Assert.Equal(DemoRound.Agree.Length, lines.Count);

        var sheet = new Dictionary<string, string>
        {
            ["phat-ra"] = Text(DemoRound.Sheet.Issued),
            ["thu-vao"] = Text(DemoRound.Sheet.Returned),
            ["hop-le"] = Text(DemoRound.Sheet.Valid),
            ["khong-hop-le"] = Text(DemoRound.Sheet.Invalid),
        }.Concat(lines.Zip(DemoRound.Agree, (l, a) => new KeyValuePair<string, string>(l, Text(a))));
        var entered = await PageForms.HtmlAsync(counter, await PageForms.PostAsync(counter, url, form, sheet));
        Assert.Contains("Đã đối chiếu khớp", entered, StringComparison.Ordinal);

        var computed = await PageForms.PostAsync(counter, url, form.Replace("nhap-bien-ban-", "tinh-ket-qua-", StringComparison.Ordinal), ("xac-nhan", "1"));
        Assert.Equal(HttpStatusCode.Redirect, computed.StatusCode);
        var results = await PageForms.GetAsync(counter, url);
        var agree = results.QuerySelectorAll("table tbody tr").Where(r => r.QuerySelector("th[scope=row]") is not null && r.QuerySelectorAll("td").Length == 3)
            .Select(r => r.QuerySelectorAll("td")[0].TextContent).ToList();
        Assert.Equal(DemoRound.Agree.Select(Text), agree);
        Assert.Contains("cần ít nhất 3 phiếu đồng ý", results.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
