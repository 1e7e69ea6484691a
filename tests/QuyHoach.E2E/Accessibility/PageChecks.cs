using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace QuyHoach.E2E.Accessibility;

/// <summary>
/// What the accessibility tests measure on a page: axe-core with the WCAG 2.1 A and AA rules, and whether the page
/// scrolls sideways at a phone's width. Each returns the problems found, as lines a failing assertion prints.
/// </summary>
public static class PageChecks
{
    /// <summary>Phone widths the layouts are checked at (a small phone and a common one) with their screen heights.</summary>
    public static readonly (int Width, int Height)[] Phones = [(320, 568), (390, 844)];

    /// <summary>
    /// The WCAG 2.1 A and AA rules; only the violations come back in full (axe's resultTypes: the passed, incomplete
    /// and inapplicable rules keep one node each), which changes no violation found and spares serialising every
    /// node of every passed rule on each page.
    /// </summary>
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>axe-core's violations on the page as it is now, one line per rule and element.</summary>
    public static async Task<IReadOnlyList<string>> AxeAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(Wcag21);
        return [.. result.Violations.SelectMany(v => v.Nodes.Select(n => $"axe {v.Id} ({v.Impact}): {v.Help} · {n.Target} · {Short(n.Html)}"))];
    }

    /// <summary>At each phone width, whether the page is wider than the screen (it would scroll sideways).</summary>
    public static async Task<IReadOnlyList<string>> SidewaysAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<string>();
        var original = page.ViewportSize;
        foreach (var (width, height) in Phones)
        {
            await page.SetViewportSizeAsync(width, height);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > width)
            {
                var widest = await page.EvaluateAsync<string>(
                    "w => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > w)" +
                    ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').slice(0, 3).join(', ')",
                    width);
                problems.Add($"{width} px: trang rộng {scrollWidth} px ({widest})");
            }
        }

        if (original is not null)
        {
            await page.SetViewportSizeAsync(original.Width, original.Height);
        }

        return problems;
    }

    private static string Short(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
