using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Registry;
using QuyHoach.Domain.Common;
using QuyHoach.Web.Database;
using QuyHoach.Web.Features.Security;
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
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private Task<OtherDepartment>? _otherDepartment;

    static QuyHoachAppFactory()
    {
        // Read by WebApplication.CreateBuilder before any factory override: a free port instead of 5080, and a
        // throwaway data folder for the data-protection keys.
        Environment.SetEnvironmentVariable("ASPNETCORE_URLS", "http://127.0.0.1:0");
        Environment.SetEnvironmentVariable("QUYHOACH_DATA", Directory.CreateTempSubdirectory("quyhoach-test-data-").FullName);
    }

    public QuyHoachAppFactory(string connectionString, bool ownsDatabase = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _connectionString = connectionString;
        _ownsDatabase = ownsDatabase;
        _settings = settings ?? new Dictionary<string, string?>();
    }

    /// <summary>The database this app uses, as the test cluster's administrator: for arranging and inspecting.</summary>
    public string ConnectionString => _connectionString;

    /// <summary>The connection string the running app itself uses (its <see cref="DatabaseEndpoint"/>).</summary>
    public string AppConnectionString => Services.GetRequiredService<DatabaseEndpoint>().ConnectionString;

    /// <summary>The read-only connection string the running app's lists use (<see cref="ReadOnlyDb"/>).</summary>
    public string AppReadOnlyConnectionString => Services.GetRequiredService<DatabaseEndpoint>().ReadOnlyConnectionString;

    /// <summary>A new app on a new copy of the demo database (migrated, demo seeded).</summary>
    public static async Task<QuyHoachAppFactory> CreateAsync() =>
        new(await TestDatabase.CreateSeededAsync().ConfigureAwait(false), ownsDatabase: true);

    /// <summary>The same, with configuration <paramref name="settings"/> (e.g. "SignInLimits:PerAccountPerMinute").</summary>
    public static async Task<QuyHoachAppFactory> CreateAsync(IReadOnlyDictionary<string, string?> settings) =>
        new(await TestDatabase.CreateSeededAsync().ConfigureAwait(false), ownsDatabase: true, settings);

    /// <summary>The password of every demo account.</summary>
    public static string DemoPassword => DemoSeeder.DemoPassword;

    /// <summary>The demo's working province and department, for tests that pick or read them by name.</summary>
    public static string DemoProvinceName => DemoSeeder.ProvinceName;

    /// <summary>See <see cref="DemoProvinceName"/>.</summary>
    public static string DemoDepartmentName => DemoSeeder.DepartmentName;

    /// <summary>The authenticator key of the demo accounts that need two-factor sign-in, and of test accounts created with it.</summary>
    public static string DemoAuthenticatorKey => DemoSeeder.DemoAuthenticatorKey;

    /// <summary>The second sign-in step's page.</summary>
    public const string TwoFactorStepPath = "/dang-nhap/xac-thuc-hai-lop";

    /// <summary>The (first) demo account that holds <paramref name="role"/>; the counting role has three.</summary>
    public static DemoAccount DemoAccountFor(string role) => DemoSeeder.Accounts.First(a => a.Role == role);

    /// <summary>A client with cookies and without automatic redirects, not signed in.</summary>
    public HttpClient CreateAnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as the demo account of <paramref name="role"/>, through the real sign-in form.</summary>
    public async Task<HttpClient> SignInAsAsync(string role)
    {
        var client = CreateAnonymousClient();
        var response = await CompleteTwoFactorAsync(client, await PostSignInAsync(client, DemoAccountFor(role).UserName, DemoPassword).ConfigureAwait(false)).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} failed: {(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync().ConfigureAwait(false)}");
        }

        return client;
    }

    /// <summary>
    /// When <paramref name="passwordStep"/> sent the client to the two-factor step, enters the code an authenticator
    /// app with <paramref name="key"/> (by default <see cref="DemoAuthenticatorKey"/>) shows now, as a person would;
    /// otherwise returns <paramref name="passwordStep"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> CompleteTwoFactorAsync(HttpClient client, HttpResponseMessage passwordStep, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(passwordStep);
        var location = passwordStep.Headers.Location;
        var target = location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        if (passwordStep.StatusCode != HttpStatusCode.Redirect || !target.StartsWith(TwoFactorStepPath, StringComparison.Ordinal))
        {
            return passwordStep;
        }

        return await PostTwoFactorCodeAsync(client, target, Totp.Code(key ?? DemoAuthenticatorKey, DateTimeOffset.UtcNow)).ConfigureAwait(false);
    }

    /// <summary>Posts <paramref name="code"/> in the two-factor step's code form at <paramref name="stepUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostTwoFactorCodeAsync(HttpClient client, string stepUrl, string code)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri(stepUrl, UriKind.Relative)).ConfigureAwait(false);
        var form = new HtmlParser().ParseDocument(page).QuerySelector("#form-ma-xac-thuc") ?? throw new InvalidOperationException("No code form:\n" + page);
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Append(new("Code", code));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(stepUrl, UriKind.Relative), content).ConfigureAwait(false);
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
        var response = await CompleteTwoFactorAsync(client, await PostSignInAsync(client, userName, password).ConfigureAwait(false)).ConfigureAwait(false);
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

    /// <summary>How many audit events with the action code <paramref name="action"/> the log holds.</summary>
    public async Task<long> AuditCountAsync(string action) =>
        await OtherDepartmentSql.ScalarAsync<long>(_connectionString, "SELECT count(*) FROM audit_events WHERE action = @p", action).ConfigureAwait(false);

    /// <summary>The "after" JSON of the newest audit event with <paramref name="action"/>.</summary>
    public async Task<string> LatestAuditAfterAsync(string action) =>
        await OtherDepartmentSql.ScalarAsync<string>(_connectionString, "SELECT after::text FROM audit_events WHERE action = @p ORDER BY id DESC LIMIT 1", action).ConfigureAwait(false) ?? "";

    /// <summary>Adds <paramref name="count"/> cadres named "Nguyễn Văn Đông" to the demo's first division (SQL).</summary>
    public async Task AddManyCadresAsync(int count, string codePrefix) =>
        await OtherDepartmentSql.ScalarAsync<long>(_connectionString, $$"""
            WITH added AS (
                INSERT INTO cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, created_at, updated_at)
                SELECT gen_random_uuid(), @p || n, (SELECT id FROM organisations WHERE code = 'NDI-SCT-P01'),
                       'Nguyễn Văn Đông', 'Đông', 'nguyen van dong', 'Male', 1980, now(), now()
                FROM generate_series(1, {{count}}) AS n
                RETURNING 1)
            SELECT count(*) FROM added
            """, codePrefix).ConfigureAwait(false);

    /// <summary>Sets when the cadre with <paramref name="code"/> last changed, as if written at <paramref name="at"/> (SQL).</summary>
    public async Task SetCadreUpdatedAtAsync(string code, DateTimeOffset at) =>
        await OtherDepartmentSql.ScalarAsync<object>(_connectionString,
            FormattableString.Invariant($"UPDATE cadres SET updated_at = '{at.UtcDateTime:yyyy-MM-dd HH:mm:ss.ffffff}+00' WHERE code = @p"), code).ConfigureAwait(false);

    /// <summary>How many cadres the database holds.</summary>
    public async Task<long> CadreCountAsync() =>
        await OtherDepartmentSql.ScalarAsync<long>(_connectionString, "SELECT count(*) FROM cadres").ConfigureAwait(false);

    /// <summary>Creates an account with <paramref name="role"/> in the organisation <paramref name="organisationCode"/>
    /// (its scope), with the demo password; with <paramref name="twoFactor"/>, two-factor sign-in is on with
    /// <see cref="DemoAuthenticatorKey"/>.</summary>
    public async Task CreateAccountAsync(string userName, string fullName, string role, string organisationCode, bool twoFactor = false)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode).ConfigureAwait(false);
        if (DemoSeeder.Accounts.Any(a => a.UserName == userName && a.Role == role && a.OrganisationCode == organisationCode)
            && await users.FindByNameAsync(userName).ConfigureAwait(false) is not null)
        {
            return; // The demo already has this account (kiemphieu2, kiemphieu3).
        }

        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = userName, FullName = fullName, OrganisationId = organisation.Id, LockoutEnabled = true };
        var created = await users.CreateAsync(user, DemoPassword).ConfigureAwait(false);
        var added = created.Succeeded ? await users.AddToRoleAsync(user, role).ConfigureAwait(false) : created;
        if (added.Succeeded && twoFactor)
        {
            added = await FixedAuthenticatorKey.EnableAsync(users, scope.ServiceProvider.GetRequiredService<IUserStore<AppUser>>(), user, DemoAuthenticatorKey).ConfigureAwait(false);
        }
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>A client signed in as <paramref name="userName"/> (demo password), through the real sign-in form.</summary>
    public async Task<HttpClient> SignInAsUserAsync(string userName)
    {
        var client = CreateAnonymousClient();
        var response = await CompleteTwoFactorAsync(client, await PostSignInAsync(client, userName, DemoPassword).ConfigureAwait(false)).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Redirect
            ? client
            : throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}");
    }

    /// <summary>
    /// The province's BTV (<paramref name="standing"/> members) and BCH (<paramref name="executive"/> members, the BTV
    /// included), as the demo seats them (cadres NDI-TU-0001…, member 1 heading both, from 01/10/2020): checks that the
    /// demo's bodies have these sizes today.
    /// </summary>
    public async Task SeatProvinceBodiesAsync(int standing, int executive)
    {
        async Task<long> SeatedAsync(string code) => await OtherDepartmentSql.ScalarAsync<long>(_connectionString,
            "SELECT count(*) FROM body_memberships m JOIN bodies b ON b.id = m.body_id WHERE b.code = @p AND m.\"to\" IS NULL", code).ConfigureAwait(false);
        var (btv, bch) = (await SeatedAsync("NDI-BTV").ConfigureAwait(false), await SeatedAsync("NDI-BCH").ConfigureAwait(false));
        if (btv != standing || bch != executive)
        {
            throw new InvalidOperationException($"The demo seats BTV {btv} and BCH {bch}, not {standing} and {executive}.");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // As in production: the app connects as its own role and migrates as the owner role.
        builder.UseSetting("ConnectionStrings:QuyHoach", TestDatabase.AsApp(_connectionString));
        builder.UseSetting("ConnectionStrings:QuyHoachMigrations", TestDatabase.AsOwner(_connectionString));
        builder.UseEnvironment("Production");

        // Tests sign in hundreds of times a minute from one address (the scope matrix signs in per role and case),
        // which no office does; the limits themselves are tested with the production values (SignInLimitTests).
        builder.UseSetting("SignInLimits:PerAccountPerMinute", "100000");
        builder.UseSetting("SignInLimits:PerAddressPerMinute", "100000");
        // Reports are not read ahead (ReportWarmer): tests count the cache's reads; ReportWarmerTests turns it on.
        builder.UseSetting("QuyHoach:Reports:WarmSeconds", "0");
        // Passwords hashed at a lower work factor (TestPasswordHashing): the same hasher, a fraction of the CPU.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = TestPasswordHashing.Iterations));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
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
