using System.Net;
using AngleSharp.Html.Parser;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Import;

/// <summary>
/// An upload lives in the database, not in one instance's memory: it survives a restart, another instance over the
/// same database shows and finishes it, only its owner sees it, and applying it twice (on one instance or two) imports
/// once.
/// </summary>
public sealed class ImportAcrossInstancesTests : IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestDatabase.CreateSeededAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_database);

    [Fact]
    public async Task Import_UploadedBeforeRestart_FinishedByTheNextInstance()
    {
        Uri page;
        await using (var first = new QuyHoachAppFactory(_database))
        {
            var client = await first.SignInAsAsync(AppRoles.Staff);
            (page, var report) = await ImportRequests.UploadAsync(client, File());
            Assert.Contains("Tệp hợp lệ. Chưa có dữ liệu nào được ghi.", report, StringComparison.Ordinal);
        }

        await using var next = new QuyHoachAppFactory(_database);
        var again = await next.SignInAsAsync(AppRoles.Staff);
        var done = await ImportRequests.ApplyAsync(again, page);
        Assert.Contains("Đã nhập xong.", done, StringComparison.Ordinal);
        Assert.NotNull(await next.CadreIdAsync("RST-0001"));
        // The partial birth date "05/1979" went through the stored rows intact: month known, day not.
        Assert.Equal("1979-5-", await ScalarAsync("SELECT birth_year || '-' || coalesce(birth_month::text, '') || '-' || coalesce(birth_day::text, '') FROM cadres WHERE code = 'RST-0002'"));
    }

    [Fact]
    public async Task Import_UploadedOnOneInstance_OtherInstanceFinishesItOnceForItsOwnerOnly()
    {
        await using var a = new QuyHoachAppFactory(_database);
        await using var b = new QuyHoachAppFactory(_database);
        await a.CreateAccountAsync("canbo-khac", "Trần Thị Khác", AppRoles.Staff, "NDI-SCT");
        var onA = await a.SignInAsAsync(AppRoles.Staff);
        var onB = await b.SignInAsAsync(AppRoles.Staff);
        var stranger = await b.SignInAsUserAsync("canbo-khac");
        var (page, _) = await ImportRequests.UploadAsync(onA, File());

        var seenByStranger = await stranger.GetStringAsync(page);
        Assert.Contains("Không tìm thấy lần tải lên này", seenByStranger, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await PostApplyAsync(stranger, page, await UploadFormTokenAsync(stranger))).StatusCode);

        // The same upload confirmed three times at once: twice on A, once on B.
        var tokenA = await ApplyTokenAsync(onA, page);
        var tokenB = await ApplyTokenAsync(onB, page);
        var answers = await Task.WhenAll(PostApplyAsync(onA, page, tokenA), PostApplyAsync(onA, page, tokenA), PostApplyAsync(onB, page, tokenB));
        Assert.All(answers, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var done = await WaitDoneAsync(onB, page);
        Assert.Contains("Đã nhập xong.", done, StringComparison.Ordinal);
        Assert.Contains("Đã nhập xong.", await onA.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(1, await a.AuditCountAsync("registry.imported"));
        Assert.Equal(1, await a.AuditCountAsync("cadre.imported"));
    }

    private static byte[] File() => new RegistryFiles()
        .Cadre("RST-0001", "Nguyễn Thị Ánh Tuyết", sex: "Nữ", birth: "12/03/1988")
        .Cadre("RST-0002", "Lò Văn Khánh", birth: "05/1979", unit: "NDI-SCT-P03", title: "SCT-PP")
        .Evaluation("RST-0001", 2025, "HTTNV")
        .Build();

    private static async Task<string> ApplyTokenAsync(HttpClient client, Uri page)
    {
        var html = await client.GetStringAsync(page);
        return new HtmlParser().ParseDocument(html).QuerySelector("form[action$='/ap-dung'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No apply form:\n" + html);
    }

    private static async Task<string> UploadFormTokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/nhap-du-lieu", UriKind.Relative));
        return new HtmlParser().ParseDocument(html).QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static async Task<HttpResponseMessage> PostApplyAsync(HttpClient client, Uri page, string token)
    {
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await client.PostAsync(new Uri(page.OriginalString + "/ap-dung", UriKind.Relative), content);
    }

    private static async Task<string> WaitDoneAsync(HttpClient client, Uri page)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var html = await client.GetStringAsync(page);
            if (!html.Contains("Đang ghi dữ liệu", StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish in 30 s.");
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
