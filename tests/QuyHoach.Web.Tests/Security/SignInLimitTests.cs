using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Security;

namespace QuyHoach.Web.Tests.Security;

/// <summary>An app with the production sign-in rate limits (the test factory raises them for every other class).</summary>
public sealed class ProductionLimitsFixture : IAsyncLifetime
{
    private QuyHoachAppFactory? _factory;

    public QuyHoachAppFactory App => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        var defaults = new SignInLimitOptions();
        _factory = await QuyHoachAppFactory.CreateAsync(new Dictionary<string, string?>
        {
            ["SignInLimits:PerAccountPerMinute"] = defaults.PerAccountPerMinute.ToString(CultureInfo.InvariantCulture),
            ["SignInLimits:PerAddressPerMinute"] = defaults.PerAddressPerMinute.ToString(CultureInfo.InvariantCulture),
        });
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

/// <summary>Regression probe (docs/security.md): rate limits on sign-in, and one refusal for every kind of failure.</summary>
public sealed class SignInLimitTests(ProductionLimitsFixture fixture) : IClassFixture<ProductionLimitsFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task ManyAttemptsOnOneAccount_429WithVietnameseMessageNever5xx()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 40 && refused is null; i++)
        {
            var response = await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), "khongtontai", $"Sai-Mat-Khau-{i:D3}");
            statuses.Add(response.StatusCode);
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Contains("Có quá nhiều lần đăng nhập trong thời gian ngắn.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another account from the same address is not held up by the first one's limit.
        Assert.Equal(HttpStatusCode.Redirect, (await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), "chuyenvien", QuyHoachAppFactory.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Refusal_UnknownWrongLockedAndDisabled_SameWords()
    {
        var locked = QuyHoachAppFactory.DemoAccountFor(AppRoles.Inspector).UserName;
        for (var i = 0; i < 6; i++)
        {
            await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), locked, $"Sai-Mat-Khau-{i}");
        }

        var unknown = await AlertAsync("khongcoai", "Sai-Mat-Khau-1");
        var wrong = await AlertAsync(QuyHoachAppFactory.DemoAccountFor(AppRoles.Delegate).UserName, "Sai-Mat-Khau-1");
        var lockedRight = await AlertAsync(locked, QuyHoachAppFactory.DemoPassword);
        var lockedWrong = await AlertAsync(locked, "Sai-Mat-Khau-9");

        Assert.StartsWith("Không đăng nhập được", unknown, StringComparison.Ordinal);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, lockedRight);
        Assert.Equal(unknown, lockedWrong);
    }

    private async Task<string> AlertAsync(string userName, string password)
    {
        var response = await QuyHoachAppFactory.PostSignInAsync(App.CreateAnonymousClient(), userName, password);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlParser().ParseDocument(html).QuerySelector(".alert-error")?.TextContent.Trim()
            ?? throw new InvalidOperationException("No refusal on:\n" + html);
    }
}
