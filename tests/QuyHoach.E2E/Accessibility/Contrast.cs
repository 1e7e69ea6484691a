using Microsoft.Playwright;

namespace QuyHoach.E2E.Accessibility;

/// <summary>
/// Contrast ratios measured in the page from getComputedStyle (WCAG 2.1 relative luminance): the focus indicator of
/// the focused element against what surrounds it, and the borders of form fields (WCAG 1.4.11 wants 3:1).
/// </summary>
public static class Contrast
{
    /// <summary>The browser-side helpers: colour parsing, luminance, ratio, and the background behind an element.</summary>
    private const string Helpers = """
        const rgb = c => { const m = (c || '').match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,\/]+/).filter(x => x).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
        const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
        const ratio = (x, y) => { const a = lum(x), b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
        const behind = e => { for (let n = e; n; n = n.parentElement) { const c = rgb(getComputedStyle(n).backgroundColor); if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
        const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' «' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30) + '»';
        """;

    /// <summary>The focused element's indicator: the better of its outline and its box-shadow halo against the
    /// background around it (the parent's), or 0 when it shows no indicator at all.</summary>
    public static async Task<(string Element, double Ratio)> FocusIndicatorAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.EvaluateAsync<string>("() => { " + Helpers + """
            const e = document.activeElement; if (!e || e === document.body) return 'body|99';
            const s = getComputedStyle(e); const around = behind(e.parentElement);
            const parts = [];
            if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) parts.push(rgb(s.outlineColor));
            if (s.boxShadow && s.boxShadow !== 'none') parts.push(rgb(s.boxShadow));
            const best = Math.max(0, ...parts.filter(p => p && p.a > 0.5).map(p => ratio(p, around)));
            return name(e) + '|' + best;
            }
            """);
        var bar = result.LastIndexOf('|');
        return (result[..bar], double.Parse(result[(bar + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Each visible text field, select and text area with the lower of its border's ratios against the
    /// field's own background and the background around it.</summary>
    public static async Task<IReadOnlyList<(string Element, double Ratio)>> FieldBordersAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = await page.EvaluateAsync<string[]>("() => { " + Helpers + """
            return [...document.querySelectorAll('main input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]), main select, main textarea')]
              .filter(e => e.offsetParent !== null)
              .map(e => { const s = getComputedStyle(e); const border = rgb(s.borderTopColor); const inside = behind(e); const around = behind(e.parentElement);
                return name(e) + '|' + Math.min(ratio(border, inside), ratio(border, around)); });
            }
            """);
        return [.. rows.Select(r => (r[..r.LastIndexOf('|')], double.Parse(r[(r.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
