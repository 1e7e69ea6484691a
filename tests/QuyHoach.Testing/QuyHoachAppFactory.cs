using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using QuyHoach.Web.Hosting;

namespace QuyHoach.Testing;

/// <summary>
/// The one app factory: the real app, on its own fresh database, configured like production. Tests talk to it only
/// through HTTP (or a browser) and the intent methods here; they never reach into its service provider.
/// </summary>
public sealed class QuyHoachAppFactory : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly bool _ownsDatabase;
    private Task<OtherDepartment>? _otherDepartment;

    static QuyHoachAppFactory()
    {
        // Read by WebApplication.CreateBuilder before any factory override: a free port instead of 5080, and a
        // throwaway data folder for the data-protection keys.
        Environment.SetEnvironmentVariable("ASPNETCORE_URLS", "http://127.0.0.1:0");
        Environment.SetEnvironmentVariable("QUYHOACH_DATA", Directory.CreateTempSubdirectory("quyhoach-test-data-").FullName);
    }

    public QuyHoachAppFactory(string connectionString, bool ownsDatabase = false)
    {
        _connectionString = connectionString;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>The database this app uses.</summary>
    public string ConnectionString => _connectionString;

    /// <summary>A new app on a new copy of the demo database (migrated, demo seeded).</summary>
    public static async Task<QuyHoachAppFactory> CreateAsync() =>
        new(await TestDatabase.CreateSeededAsync().ConfigureAwait(false), ownsDatabase: true);

    /// <summary>The password of every demo account.</summary>
    public static string DemoPassword => DemoSeeder.DemoPassword;

    /// <summary>The demo account that holds <paramref name="role"/>.</summary>
    public static DemoAccount DemoAccountFor(string role) => DemoSeeder.Accounts.Single(a => a.Role == role);

    /// <summary>A client with cookies and without automatic redirects, not signed in.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as the demo account of <paramref name="role"/>, through the real sign-in form.</summary>
    public async Task<HttpClient> SignInAsAsync(string role)
    {
        var client = CreateAnonymousClient();
        var response = await PostSignInAsync(client, DemoAccountFor(role).UserName, DemoPassword).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }

        return client;
    }

    /// <summary>Fills and posts the sign-in form as a browser would (antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri("/dang-nhap", UriKind.Relative)).ConfigureAwait(false);
        var document = new HtmlParser().ParseDocument(page);
        var form = document.QuerySelector("form") ?? throw new InvalidOperationException("No sign-in form:\n" + page);
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Append(new("Input.UserName", userName))
            .Append(new("Input.Password", password));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/dang-nhap", UriKind.Relative), content).ConfigureAwait(false);
    }

    /// <summary>A client signed in as any account, through the real sign-in form.</summary>
    public async Task<HttpClient> SignInAsUserAsync(string userName, string password)
    {
        var client = CreateAnonymousClient();
        var response = await PostSignInAsync(client, userName, password).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }

        return client;
    }

    /// <summary>
    /// Another department of the demo province (Sở Xây dựng) with one division, one title, one cadre and its own
    /// staff account (password <see cref="DemoPassword"/>), written with SQL. Created once per app.
    /// </summary>
    public Task<OtherDepartment> CreateOtherDepartmentAsync() => _otherDepartment ??= OtherDepartmentSql.CreateAsync(_connectionString);

    /// <summary>The id of the cadre with <paramref name="code"/>, or null.</summary>
    public async Task<Guid?> CadreIdAsync(string code) =>
        await OtherDepartmentSql.ScalarAsync<Guid?>(_connectionString, "SELECT id FROM cadres WHERE code = @p", code).ConfigureAwait(false);

    /// <summary>One line with every stored field of a cadre and its assignments, to prove that nothing changed.</summary>
    public async Task<string> CadreSnapshotAsync(Guid id) =>
        await OtherDepartmentSql.ScalarAsync<string>(_connectionString, OtherDepartmentSql.SnapshotSql, id).ConfigureAwait(false) ?? "";

    /// <summary>How many cadres the database holds.</summary>
    public async Task<long> CadreCountAsync() =>
        await OtherDepartmentSql.ScalarAsync<long>(_connectionString, "SELECT count(*) FROM cadres").ConfigureAwait(false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("ConnectionStrings:QuyHoach", _connectionString);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync().ConfigureAwait(false);
        if (_ownsDatabase)
        {
            await TestDatabase.DropAsync(_connectionString).ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }
}
