using Microsoft.Playwright;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.E2E.Planning;

/// <summary>
/// Like <see cref="BrowserApp"/>, plus a second counting-committee account (<c>kiemphieu2</c>, created with the app
/// factory's <see cref="QuyHoachAppFactory.CreateAccountAsync"/>) for the double entry of tallies.
/// </summary>
public sealed class PlanningBrowserApp : IAsyncLifetime
{
    public const string SecondCounter = "kiemphieu2";

    private QuyHoachAppFactory? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _app = await QuyHoachAppFactory.CreateAsync();
        _app.UseKestrel(0);
        _app.StartServer();
        await _app.CreateAccountAsync(SecondCounter, "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task<BrowserSession> OpenAsync(string testName)
    {
        using var client = _app!.CreateClient();
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = client.BaseAddress!.ToString(),
            ViewportSize = new() { Width = 1366, Height = 768 },
            Locale = "vi-VN",
        });
        return new BrowserSession(context, await context.NewPageAsync(), testName);
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
