using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.E2E.Accessibility;

/// <summary>
/// Every page as every role (issue 19): each demo role signs in and follows the links of its menu, its header and
/// its pages (one page of each route); each page passes axe-core's WCAG 2.1 A and AA rules with no violation, never
/// scrolls sideways at 320 or 390 px (measured once per route, for the first role that reaches it), and has a title
/// no other route of that role shares. Together the roles and the
/// signed-out pages reach every route of the app but those listed in <see cref="NotInTheDemo"/>.
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed partial class EveryPageAuditTests(AuditBrowserApp app)
{
    /// <summary>Routes the demo data gives no link to, with why.</summary>
    private static readonly Dictionary<string, string> NotInTheDemo = new(StringComparer.Ordinal)
    {
        ["/nhap-du-lieu/{id}"] = "an import session exists only after a file is uploaded (ImportingInTheBrowserTests)",
        ["/trao-doi/{id}"] = "a comparison exists only after a file is uploaded (ExchangingInTheBrowserTests checks it)",
        ["/loi"] = "the error page of an unhandled exception",
    };

    /// <summary>Signed-out pages, checked without an account.</summary>
    private static readonly string[] SignedOut = ["/dang-nhap", "/khong-tim-thay", "/khong-co-quyen", "/loi-yeu-cau/404"];

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\{[A-Za-z]+(:[a-z]+)?\}")]
    private static partial Regex Parameter();

    [Fact]
    public async Task EveryRoute_EveryRole_NoAxeViolation_NoSidewaysScroll_UniqueTitles()
    {
        var problems = new List<string>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var measured = new HashSet<string>(StringComparer.Ordinal);
        await using (var signedOut = await app.OpenAsync(nameof(EveryPageAuditTests) + ".SignedOut"))
        {
            foreach (var address in SignedOut)
            {
                await signedOut.Page.GotoAsync(address);
                reached.Add(Route(address));
                problems.AddRange((await PageChecks.AxeAsync(signedOut.Page)).Concat(await PageChecks.SidewaysAsync(signedOut.Page)).Select(p => $"(chưa đăng nhập) {address}: {p}"));
            }

            // The sign-in form sent back empty (its error summary), then a leader's second step (the code).
            var page = signedOut.Page;
            await page.GotoAsync("/dang-nhap");
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync(), r => r.Request.IsNavigationRequest);
            problems.AddRange((await PageChecks.AxeAsync(page)).Select(p => $"(đăng nhập, để trống) {p}"));
            await page.GetByLabel("Tên đăng nhập").FillAsync(QuyHoachAppFactory.DemoAccountFor(AppRoles.Leader).UserName);
            await page.GetByLabel("Mật khẩu").FillAsync(QuyHoachAppFactory.DemoPassword);
            await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync(), r => r.Request.IsNavigationRequest && r.Status == 200);
            Assert.Contains(QuyHoachAppFactory.TwoFactorStepPath, page.Url, StringComparison.Ordinal);
            reached.Add(QuyHoachAppFactory.TwoFactorStepPath);
            problems.AddRange((await PageChecks.AxeAsync(page)).Concat(await PageChecks.SidewaysAsync(page)).Select(p => $"(bước hai đăng nhập) {p}"));
        }

        foreach (var (role, _) in AppRoles.All)
        {
            await using var session = await app.OpenAsync(nameof(EveryPageAuditTests) + "." + role);
            await session.SignInAsAsync(role);
            await WalkAsync(session.Page, role, problems, reached, measured);
        }

        var routes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => Parameter().Replace(r.Template, m => m.Value.Contains(":int", StringComparison.Ordinal) ? "{n}" : "{id}"))
            .ToHashSet(StringComparer.Ordinal);
        var missed = routes.Where(r => !reached.Contains(r) && !NotInTheDemo.ContainsKey(r)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missed.Count == 0, "Chưa kiểm tra: " + string.Join(", ", missed));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>One page of each route the role can reach from its menu, breadth first.</summary>
    private static async Task WalkAsync(IPage page, string role, List<string> problems, HashSet<string> reached, HashSet<string> measured)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(await LinksAsync(page));
        while (queue.Count > 0)
        {
            var address = queue.Dequeue();
            var route = Route(address);
            if (!seen.Add(route))
            {
                continue;
            }

            IResponse? response;
            try
            {
                response = await page.GotoAsync(address);
            }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
            {
                continue; // a file (an export, a template), not a page
            }

            if (response is null || response.Status >= 400)
            {
                problems.Add($"{role} {address}: HTTP {response?.Status}");
                continue;
            }

            reached.Add(route);
            // axe for every role (forms and links differ); the widths once per route (the layout is the same).
            problems.AddRange((await PageChecks.AxeAsync(page)).Concat(measured.Add(route) ? await PageChecks.SidewaysAsync(page) : []).Select(p => $"{role} {address}: {p}"));
            var title = await page.TitleAsync();
            if (titles.TryGetValue(title, out var other))
            {
                problems.Add($"{role} {address}: tiêu đề «{title}» trùng với {other}");
            }

            titles.TryAdd(title, address);
            foreach (var link in await LinksAsync(page))
            {
                queue.Enqueue(link);
            }
        }
    }

    /// <summary>The app's page links on the current page (menu, header, content): no downloads, no API, no fragments.</summary>
    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href]:not([download])')].map(a => a.getAttribute('href'))" +
            ".filter(h => h.startsWith('/') && !h.startsWith('/api/') && !h.startsWith('//')).map(h => h.split('#')[0]).filter(h => h.length > 0)");

    private static string Route(string address)
    {
        var path = address.Split('?', '#')[0];
        path = Guid().Replace(path, "{id}");
        return path.StartsWith("/loi-yeu-cau/", StringComparison.Ordinal) ? "/loi-yeu-cau/{n}" : path;
    }
}
