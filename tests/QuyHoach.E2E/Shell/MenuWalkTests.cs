using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;

namespace QuyHoach.E2E.Shell;

/// <summary>
/// Every demo role signs in through the form and opens every entry of its menu, and the first detail link of each
/// list page: no 5xx, no entry that leads to a refusal (403 or the refusal text), and no internal code, GUID, rule-set
/// key, seed reference or English UI word in the visible text (<see cref="VisibleTextRules"/>). A failing page is
/// screenshotted into artifacts/menu-walk/.
/// </summary>
public sealed partial class MenuWalkTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    public static TheoryData<string> Roles => [.. AppRoles.All.Select(r => r.Code)];

    [GeneratedRegex(@"^/[a-z-]+/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex DetailPage();

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryMenuEntry_EveryRole_OpensInVietnameseWithoutRefusal(string role)
    {
        await using var session = await app.OpenAsync(nameof(MenuWalkTests) + "." + role);
        var page = session.Page;
        await session.SignInAsAsync(role);
        var menu = await page.Locator("nav.sidenav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(menu);

        var problems = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in menu)
        {
            var details = await VisitAsync(page, role, entry, problems, visited);
            foreach (var detail in details)
            {
                await VisitAsync(page, role, detail, problems, visited);
            }
        }

        Assert.True(problems.Count == 0, role + ":\n" + string.Join("\n", problems));

        // The walk went one level down where the menu lists records (the demo's cadres, for every registry reader).
        if (menu.Contains("/can-bo"))
        {
            Assert.Contains(visited, DetailPage().IsMatch);
        }
    }

    /// <summary>Opens <paramref name="address"/>, checks it, and returns the first detail link of each kind in each table on it.</summary>
    private static async Task<IReadOnlyList<string>> VisitAsync(IPage page, string role, string address, List<string> problems, HashSet<string> visited)
    {
        if (!visited.Add(address))
        {
            return [];
        }

        var response = await page.GotoAsync(address);
        var status = response?.Status ?? 0;
        var found = new List<string>();
        if (status >= 500 || status == 403)
        {
            found.Add($"HTTP {status}");
        }

        var main = page.Locator("main");
        var text = await main.InnerTextAsync();
        if (text.Contains("Không có quyền", StringComparison.Ordinal))
        {
            found.Add("trang từ chối quyền");
        }

        // Visible text, plus what a form shows without being typed: placeholders, option texts and button values.
        var extra = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('[placeholder]')].map(e => e.getAttribute('placeholder'))" +
            ".concat([...document.querySelectorAll('option')].map(o => o.textContent)).join('\\n')");
        var header = await page.Locator("header").InnerTextAsync();
        var nav = await page.Locator("nav.sidenav").CountAsync() > 0 ? await page.Locator("nav.sidenav").InnerTextAsync() : "";
        found.AddRange(VisibleTextRules.Problems(await page.TitleAsync() + "\n" + header + "\n" + nav + "\n" + text + "\n" + extra));

        if (found.Count > 0)
        {
            var folder = Path.Combine(BrowserSession.RepositoryRoot(), "artifacts", "menu-walk");
            Directory.CreateDirectory(folder);
            var name = role + "-" + Regex.Replace(address, "[^a-z0-9]+", "-").Trim('-');
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, (name.Length == role.Length + 1 ? name + "trang-chu" : name) + ".png"), FullPage = true });
            problems.AddRange(found.Select(f => $"{address}: {f}"));
        }

        // The first link of each kind (first path segment) in each table: a list of conferences links rounds too.
        var links = await page.Locator("main table").EvaluateAllAsync<string[]>(
            "tables => tables.flatMap(t => { const seen = new Set(); return [...t.querySelectorAll('tbody a[href]')].map(a => a.getAttribute('href'))" +
            ".filter(h => { const kind = h.split('/')[1]; if (seen.has(kind)) return false; seen.add(kind); return true; }); })");
        return [.. links.Where(l => DetailPage().IsMatch(l))];
    }
}
