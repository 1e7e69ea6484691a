using Microsoft.Playwright;
using QuyHoach.Testing;

namespace QuyHoach.E2E;

/// <summary>
/// The real app on a loopback port (Kestrel) with its own demo database, and Debian's Chromium driven by
/// Playwright. One per test class; each test opens its own <see cref="BrowserSession"/>.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    private QuyHoachAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        _app = await QuyHoachAppFactory.CreateAsync();
        _app.UseKestrel(0);
        _app.StartServer();
        using (var client = _app.CreateClient())
        {
            BaseAddress = client.BaseAddress ?? throw new InvalidOperationException("The app has no address.");
        }

        await PrepareAsync(_app);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>What a fixture adds to the demo before the tests run (another department, more accounts).</summary>
    protected virtual Task PrepareAsync(QuyHoachAppFactory app) => Task.CompletedTask;

    /// <summary>A fresh browser context (no cookies) at 1366×768, the common office screen.</summary>
    public async Task<BrowserSession> OpenAsync(string testName)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = 1366, Height = 768 },
            Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, testName);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
