using System.Net;
using AngleSharp.Html.Parser;
using Npgsql;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Postgres;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Operations;

/// <summary>Tình trạng hệ thống: the administrator sees the database, the standbys, the last backup's age, the data
/// folder's free disk and the audit head; every other role is refused and has no link to it.</summary>
public sealed class SystemHealthPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Page = "/tinh-trang-he-thong";

    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task HealthPage_AsAdministrator_ShowsDatabaseStandbysBackupDiskAndAuditHead()
    {
        var data = Environment.GetEnvironmentVariable("QUYHOACH_DATA")!;
        await new LastBackup(DateTimeOffset.UtcNow.AddHours(-3).AddMinutes(-5), "dump", "/sao-luu/quyhoach.dump", 3L << 20, "abc:1").WriteAsync(data, CancellationToken.None);
        var admin = await App.SignInAsAsync(AppRoles.Admin);

        var response = await admin.GetAsync(new Uri(Page, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        var rows = Rows(html);
        Assert.StartsWith("Kết nối được · PostgreSQL 1", rows["Cơ sở dữ liệu"], StringComparison.Ordinal);
        // The test cluster's application role is not in pg_monitor: the page says what it needs.
        Assert.Equal("Không đọc được: vai trò của ứng dụng cần quyền pg_monitor", rows["Máy dự phòng"]);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}, cách đây 3 giờ, 3,0 MB$", rows["Lần sao lưu gần nhất"]);
        Assert.Matches(@" trên .*\(thư mục dữ liệu ", rows["Dung lượng đĩa còn trống"]);
        var head = await AuditChainHead.ReadAsync(App.ConnectionString);
        Assert.Equal(head.ToString(), rows["Mốc nhật ký kiểm tra"]);
        // ./test installs the charts' and PDFs' font.
        Assert.Equal("Đã cài", rows["Phông chữ tiếng Việt của biểu đồ và PDF"]);
    }

    [Fact]
    public async Task HealthPage_ApplicationRoleInPgMonitor_ReadsTheStandbys()
    {
        // The application's role with pg_monitor, as docs/operations-deployment.md asks for a configured database.
        const string Monitored = "quyhoach_app_monitor";
        await using (var admin = new NpgsqlConnection(TestDatabase.AdminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"""
                DO $$ BEGIN
                    CREATE ROLE {Monitored} LOGIN NOSUPERUSER IN ROLE pg_monitor, {TestDatabase.AppRole};
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END $$;
                """, admin);
            await create.ExecuteNonQueryAsync();
        }

        var database = await TestDatabase.CreateSeededAsync();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:QuyHoach"] = new NpgsqlConnectionStringBuilder(database) { Username = Monitored }.ConnectionString };
        await using (var app = new QuyHoachAppFactory(database, ownsDatabase: true, settings))
        {
            var html = await (await app.SignInAsAsync(AppRoles.Admin)).GetStringAsync(new Uri(Page, UriKind.Relative));
            Assert.Equal("Không có máy dự phòng nào đang kết nối", Rows(html)["Máy dự phòng"]);
        }
    }

    [Theory]
    [InlineData(AppRoles.Staff)]
    [InlineData(AppRoles.Leader)]
    [InlineData(AppRoles.Inspector)]
    [InlineData(AppRoles.Counter)]
    [InlineData(AppRoles.Delegate)]
    public async Task HealthPage_OtherRoles_RefusedAndNotInTheirMenu(string role)
    {
        var client = await App.SignInAsAsync(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri(Page, UriKind.Relative))).StatusCode);
        Assert.DoesNotContain($"href=\"{Page}\"", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Rows(string html) => new HtmlParser().ParseDocument(html).QuerySelectorAll("#tinh-trang tbody tr")
        .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());

    [Fact]
    public async Task HealthPage_NotSignedIn_SentToSignIn()
    {
        var response = await App.CreateAnonymousClient().GetAsync(new Uri(Page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dang-nhap", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
