using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace QuyHoach.E2E.Walk;

/// <summary>
/// What the department walk does on any page, as a person would: follow a menu entry, choose an option by the words
/// it shows, choose a person in a search-as-you-type picker by typing the name, and take the numbered screenshots of
/// the walk (artifacts/walk-001/NN-name.png) from which the user guide's pictures are picked.
/// </summary>
internal sealed class DepartmentWalkPage
{
    private readonly string _folder;
    private int _shot;

    private DepartmentWalkPage(string folder) => _folder = folder;

    /// <summary>A fresh artifacts/walk-001 folder (the previous run's pictures removed).</summary>
    public static DepartmentWalkPage Start()
    {
        var folder = Path.Combine(BrowserSession.RepositoryRoot(), "artifacts", "walk-001");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return new DepartmentWalkPage(folder);
    }

    /// <summary>The paths of the screenshots taken so far, in order.</summary>
    public List<string> Shots { get; } = [];

    /// <summary>
    /// Saves the screen (1366×768, menu and header included) as the next numbered picture, e.g. 07-to-kiem-phieu.png,
    /// scrolled to <paramref name="focus"/> when given (a selector of the part the step is about).
    /// </summary>
    public async Task ShotAsync(IPage page, string name, string? focus = null)
    {
        _shot++;
        var path = Path.Combine(_folder, $"{_shot.ToString("D2", CultureInfo.InvariantCulture)}-{name}.png");
        if (focus is not null)
        {
            await page.Locator(focus).First.EvaluateAsync("e => { e.scrollIntoView({ block: 'start' }); window.scrollBy(0, -24); }");
        }

        await page.ScreenshotAsync(new() { Path = path });
        Shots.Add(path);
    }

    /// <summary>Clicks the entry <paramref name="entry"/> of the main menu.</summary>
    public static async Task MenuAsync(IPage page, string entry)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = entry, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Chooses, in the select labelled <paramref name="label"/>, the option whose words contain <paramref name="words"/>.</summary>
    public static async Task ChooseAsync(IPage page, string label, string words)
    {
        var select = page.GetByLabel(label, new() { Exact = true });
        var options = await select.Locator("option").AllInnerTextsAsync();
        var shown = options.Select(o => o.Trim()).Where(o => o.Contains(words, StringComparison.Ordinal)).ToList();
        Assert.True(shown.Count == 1, $"\"{label}\": one option with \"{words}\" expected among: {string.Join(" | ", options)}");
        await select.SelectOptionAsync(new SelectOptionValue { Label = shown[0] });
    }

    /// <summary>
    /// Types <paramref name="name"/> into the picker's search field <paramref name="search"/> and checks the choice that
    /// names this person born in <paramref name="born"/> (the picker's script lists the matches as the user types).
    /// </summary>
    public static async Task PickAsync(IPage page, string search, string name, int born)
    {
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var field = page.Locator(search);
        await field.FillAsync(name);
        var choice = page.GetByLabel($"{name} (sinh năm {born.ToString(CultureInfo.InvariantCulture)})", new() { Exact = false });
        try
        {
            await Expect(choice).ToHaveCountAsync(1, new() { Timeout = 3000 });
        }
        catch (PlaywrightException)
        {
            // The script's list did not come (typed before it was attached): the plain search form the page keeps
            // for browsers without script lists the same matches.
            await field.PressAsync("Enter");
            await Expect(choice).ToHaveCountAsync(1);
        }

        await choice.CheckAsync();
    }
}
