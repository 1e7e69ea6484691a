using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Exchange;

/// <summary>
/// The exchange file in its workbook form (R-XCH-2): the export's workbook re-imported changes nothing, a cell changed
/// in Excel is reported before anything is written and written on confirmation, and a bad cell is refused naming its
/// row and column. The same check, comparison and confirmation as the JSON form.
/// </summary>
public sealed class ExchangingWorkbooksTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task XlsxExport_ReimportedAsIs_ReportsNoDifferenceAndWritesNothing()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XW-A1", "Trần Văn Bảo", "036085000111"), ("XW-A2", "Lê Văn Châu", "036085000112"));
        var before = await App.CadreSnapshotAsync((await App.CadreIdAsync("XW-A1"))!.Value);

        var response = await ExchangeRequests.CompareXlsxAsync(staff, await ExchangeRequests.ExportXlsxAsync(staff));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var comparison = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, comparison.GetProperty("changed").GetArrayLength());
        Assert.True(comparison.GetProperty("unchanged").GetInt32() >= 2);
        Assert.Equal(before, await App.CadreSnapshotAsync((await App.CadreIdAsync("XW-A1"))!.Value));
    }

    [Fact]
    public async Task XlsxChangedCell_ReportedBeforeWriting_WrittenOnConfirmation()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XW-B1", "Phạm Văn Đức", "036085000211"));
        var id = (await App.CadreIdAsync("XW-B1"))!.Value;
        var workbook = WorkbookCells.Set(await ExchangeRequests.ExportXlsxAsync(staff), "Hồ sơ", "XW-B1", ("Dân tộc", "Tày"), ("Ngày vào Đảng", "03/02/2010"));
        var before = await App.CadreSnapshotAsync(id);

        var compared = await (await ExchangeRequests.CompareXlsxAsync(staff, workbook)).Content.ReadFromJsonAsync<JsonElement>();

        var changed = compared.GetProperty("changed").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "XW-B1");
        var fields = changed.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("field").GetString(), f.GetProperty("theirs").GetString())).ToList();
        Assert.Equal([("Dân tộc", "Tày"), ("Ngày vào Đảng", "2010-02-03")], fields);
        Assert.Equal(before, await App.CadreSnapshotAsync(id));

        var applied = await ExchangeRequests.ApplyAsync(staff, compared.GetProperty("id").GetString()!, compared.GetProperty("fingerprint").GetString()!);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains("Tày", await App.CadreSnapshotAsync(id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task XlsxBadCells_422NamingRowAndColumn_NothingKept()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XW-C1", "Đỗ Văn Giáp", "036085000311"));
        var row = ExchangeRequests.Records(await ExchangeRequests.ExportAsync(staff), "").ToList().FindIndex(r => (string?)r["maCanBo"] == "XW-C1") + 2;
        var workbook = WorkbookCells.Set(await ExchangeRequests.ExportXlsxAsync(staff), "Hồ sơ", "XW-C1", ("Giới tính", "Khác"), ("Ngày sinh", "31/02/1985"));

        var response = await ExchangeRequests.CompareXlsxAsync(staff, workbook);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(
            [$"Dòng {row}, cột C: Giới tính \"Khác\" không hợp lệ; chỉ nhận Nam hoặc Nữ.", $"Dòng {row}, cột D: Ngày sinh \"31/02/1985\" không hợp lệ; ghi dd/MM/yyyy, MM/yyyy hoặc yyyy."],
            problems);
    }
}
