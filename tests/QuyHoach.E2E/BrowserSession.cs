using Microsoft.Playwright;
using QuyHoach.Testing;

namespace QuyHoach.E2E;

/// <summary>One test's browser tab. Disposing it saves a screenshot of the final page under artifacts/screenshots.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, string testName) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>Signs in through the form, as a person would, with the demo account of <paramref name="role"/> (and
    /// its authenticator code when the role requires two-factor sign-in).</summary>
    public async Task SignInAsAsync(string role) =>
        await SignInAsync(QuyHoachAppFactory.DemoAccountFor(role).UserName, QuyHoachAppFactory.DemoPassword);

    public async Task SignInAsync(string userName, string password)
    {
        await Page.GotoAsync("/dang-nhap");
        await Page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        // Wait for the page the form post ends on (the dashboard after the redirect, or the form again with its
        // message), with the waiter set before the click: a load-state wait after it once timed out on a loaded
        // machine although the dashboard was already shown. Later steps wait for their own elements.
        await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync(),
            response => response.Request.IsNavigationRequest && response.Status == 200);

        // Leaders and administrators have two-factor sign-in on: enter the code their authenticator app would show.
        if (Page.Url.Contains(QuyHoachAppFactory.TwoFactorStepPath, StringComparison.Ordinal))
        {
            await Page.GetByLabel("Mã xác thực", new() { Exact = true }).FillAsync(Totp.Code(QuyHoachAppFactory.DemoAuthenticatorKey, DateTimeOffset.UtcNow));
            await Page.RunAndWaitForResponseAsync(
                () => Page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync(),
                response => response.Request.IsNavigationRequest && response.Status == 200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(folder, testName + ".png"), FullPage = true });
        await context.CloseAsync();
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "QuyHoach.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
