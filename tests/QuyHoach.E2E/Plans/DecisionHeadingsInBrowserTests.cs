using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.E2E.Planning;
using QuyHoach.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Plans;

/// <summary>
/// From the plan page of a fresh demo, staff downloads the two approval decisions the demo holds and opens them as
/// Word would: 1520-QĐ/TU of the Ban Thường vụ Tỉnh ủy under the demo province's "TỈNH ỦY …" and "ĐẢNG CỘNG SẢN VIỆT NAM" (HD 36),
/// signed "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC"; 15/QĐ-SCT of the Sở under "UBND TỈNH … / SỞ CÔNG
/// THƯƠNG" (NĐ 30), signed "GIÁM ĐỐC" alone.
/// </summary>
public sealed class DecisionHeadingsInBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Province = DemoSeeder.ProvincePlace.ToUpperInvariant();

    [Fact]
    public async Task Staff_DownloadsPartyAndStateDecisions_IssuerNumberAndSignerAsSigned()
    {
        await using var session = await app.OpenAsync(nameof(DecisionHeadingsInBrowserTests));
        var page = session.Page;
        await session.SignInAsAsync(AppRoles.Staff);

        var party = await DownloadAsync(page, "1520-QĐ/TU", "quyet-dinh-phe-duyet-1520-qd-tu.docx");
        Assert.Equal([$"TỈNH ỦY {Province}", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 1520-QĐ/TU"], party[..4]);
        Assert.Contains("BAN THƯỜNG VỤ TỈNH ỦY", party);
        Assert.Equal(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"], SignerLines(party, "Trần Văn Thành"));
        Assert.DoesNotContain(party, p => p.Contains("DIỆN ", StringComparison.Ordinal) || p == $"TỈNH {Province}" || p == "SỞ CÔNG THƯƠNG");

        var state = await DownloadAsync(page, "15/QĐ-SCT", "quyet-dinh-phe-duyet-15-qd-sct.docx");
        Assert.Equal([$"UBND TỈNH {Province}", "SỞ CÔNG THƯƠNG", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 15/QĐ-SCT"], state[..6]);
        Assert.Contains("GIÁM ĐỐC SỞ CÔNG THƯƠNG", state);
        var signer = state[Array.IndexOf(state, "Nơi nhận:")..Array.IndexOf(state, "PHỤ LỤC")];
        Assert.Equal(["GIÁM ĐỐC"], SignerLines(signer, signer.Last(p => p.Length > 0)));
        Assert.DoesNotContain(state, p => p.Contains("DIỆN ", StringComparison.Ordinal) || p == $"TỈNH {Province}");
    }

    /// <summary>Opens the decision from its line on the plan page and downloads it; returns its paragraphs.</summary>
    private static async Task<string[]> DownloadAsync(IPage page, string number, string fileName)
    {
        await page.GotoAsync("/quy-hoach?ngay=15/12/2025");
        await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(number);
        return OfficeFiles.Word(await ConferenceSteps.DownloadAsync(page, "Tải quyết định (DOCX)", fileName)).Paragraphs;
    }

    /// <summary>The capacity lines above the signer's name: the non-blank paragraphs right before the blank room to sign.</summary>
    private static string[] SignerLines(string[] paragraphs, string name)
    {
        var at = Array.LastIndexOf(paragraphs, name);
        var blank = at - 1;
        while (blank >= 0 && paragraphs[blank].Length == 0)
        {
            blank--;
        }

        var start = blank;
        while (start >= 0 && paragraphs[start].Length > 0 && paragraphs[start] == paragraphs[start].ToUpperInvariant())
        {
            start--;
        }

        return paragraphs[(start + 1)..(blank + 1)];
    }
}
