using Microsoft.Playwright;

namespace QuyHoach.E2E.Walk;

/// <summary>
/// The walk's screenshots, numbered in the order taken: artifacts/walk-000/NN-name.png (artifacts/ is not committed;
/// the best are copied by hand into docs/guide/images/tinh-*.png for docs/guide/tinh.md).
/// </summary>
internal sealed class ProvincialWalkShots
{
    private readonly string _folder = Path.Combine(BrowserSession.RepositoryRoot(), "artifacts", "walk-000");
    private int _taken;

    public ProvincialWalkShots()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, true);
        }

        Directory.CreateDirectory(_folder);
    }

    /// <summary>The tallest picture kept: a longer element (a convened list of 52) is cut to its top part.</summary>
    private const float MaxHeight = 1100;

    /// <summary>
    /// The part of the page a reader needs (<paramref name="focus"/>, cut to <see cref="MaxHeight"/>), or the whole page
    /// when none is given.
    /// </summary>
    public async Task TakeAsync(IPage page, string name, ILocator? focus = null)
    {
        var path = Path.Combine(_folder, $"{++_taken:D2}-{name}.png");
        if (focus is null)
        {
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        }
        else
        {
            await focus.ScrollIntoViewIfNeededAsync();
            var box = await focus.BoundingBoxAsync() ?? throw new InvalidOperationException($"{name}: nothing to picture.");
            var top = await page.EvaluateAsync<float>("() => window.scrollY");
            await page.ScreenshotAsync(new()
            {
                Path = path,
                FullPage = true,
                Clip = new() { X = box.X, Y = box.Y + top, Width = box.Width, Height = Math.Min(box.Height, MaxHeight) },
            });
        }

        Assert.True(new FileInfo(path).Length > 0, path);
    }
}
