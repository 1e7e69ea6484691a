using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Exchange;

/// <summary>
/// The exchange with the national cadre database (R-XCH-1..3): an export re-imported changes nothing, a changed
/// record is reported field by field before anything is written and written only on confirmation (once, audited),
/// records without a number are listed as not exchangeable, bad files are refused with the line at fault. The test
/// cadres are men born 15/05/1985: century-and-sex digit 0, year digits 85.
/// </summary>
public sealed class ExchangingWithTheNationalDatabaseTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Export_ReimportedAsIs_ReportsNoDifferenceAndWritesNothing()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XD-A1", "Trần Văn Bình", "036085000101"), ("XD-A2", "Lê Văn Cường", "036085000102"));
        var before = await App.CadreSnapshotAsync((await App.CadreIdAsync("XD-A1"))!.Value);

        var export = await ExchangeRequests.ExportAsync(staff);
        Assert.Equal(2, ExchangeRequests.Records(export, "XD-A").Count());
        var response = await ExchangeRequests.CompareAsync(staff, export.ToJsonString());

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var comparison = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, comparison.GetProperty("changed").GetArrayLength());
        Assert.True(comparison.GetProperty("unchanged").GetInt32() >= 2);
        Assert.Equal(before, await App.CadreSnapshotAsync((await App.CadreIdAsync("XD-A1"))!.Value));
    }

    [Fact]
    public async Task ChangedRecord_ReportedPerFieldBeforeWriting_WrittenOnlyOnConfirmation_Once()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XD-B1", "Phạm Văn Dũng", "036085000201"));
        var id = (await App.CadreIdAsync("XD-B1"))!.Value;
        var export = await ExchangeRequests.ExportAsync(staff);
        var record = ExchangeRequests.Records(export, "XD-B1").Single();
        record["hoVaTen"] = "Phạm Văn Dũng Anh";
        record["queQuan"] = "Xã Yên Phong, tỉnh Bắc Ninh";
        var before = await App.CadreSnapshotAsync(id);
        var audits = await App.AuditCountAsync("exchange.applied");

        var compared = await (await ExchangeRequests.CompareAsync(staff, export.ToJsonString())).Content.ReadFromJsonAsync<JsonElement>();

        var changed = compared.GetProperty("changed").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "XD-B1");
        var fields = changed.GetProperty("fields").EnumerateArray()
            .Select(f => (f.GetProperty("field").GetString(), f.GetProperty("ours").GetString(), f.GetProperty("theirs").GetString())).ToList();
        Assert.Equal([("Họ và tên", "Phạm Văn Dũng", "Phạm Văn Dũng Anh"), ("Quê quán", null, "Xã Yên Phong, tỉnh Bắc Ninh")], fields);
        Assert.Equal(before, await App.CadreSnapshotAsync(id));

        var (comparisonId, fingerprint) = (compared.GetProperty("id").GetString()!, compared.GetProperty("fingerprint").GetString()!);
        var answers = await Task.WhenAll(ExchangeRequests.ApplyAsync(staff, comparisonId, fingerprint), ExchangeRequests.ApplyAsync(staff, comparisonId, fingerprint));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var applied = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetBoolean()));
        Assert.Equal([false, true], applied.Order());
        var after = await App.CadreSnapshotAsync(id);
        Assert.Contains("Phạm Văn Dũng Anh", after, StringComparison.Ordinal);
        Assert.Contains("Xã Yên Phong, tỉnh Bắc Ninh", after, StringComparison.Ordinal);
        Assert.Equal(audits + 1, await App.AuditCountAsync("exchange.applied"));
        Assert.Contains("Phạm Văn Dũng Anh", await App.LatestAuditAfterAsync("exchange.applied"), StringComparison.Ordinal);

        var again = await (await ExchangeRequests.CompareAsync(staff, export.ToJsonString())).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(again.GetProperty("changed").EnumerateArray(), c => c.GetProperty("code").GetString() == "XD-B1");
    }

    [Fact]
    public async Task Apply_RegistryChangedSinceTheReport_409AndNothingWritten()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XD-C1", "Đỗ Văn Giang", "036085000301"));
        var export = await ExchangeRequests.ExportAsync(staff);
        ExchangeRequests.Records(export, "XD-C1").Single()["danToc"] = "Tày";
        var compared = await (await ExchangeRequests.CompareAsync(staff, export.ToJsonString())).Content.ReadFromJsonAsync<JsonElement>();
        var id = (await App.CadreIdAsync("XD-C1"))!.Value;
        var before = await App.CadreSnapshotAsync(id);

        var response = await ExchangeRequests.ApplyAsync(staff, compared.GetProperty("id").GetString()!, "khac");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await App.CadreSnapshotAsync(id));
    }

    [Fact]
    public async Task Export_CadreWithoutNumber_ListedAsNotExchangeable()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XD-D1", "Vũ Văn Hải", null), ("XD-D2", "Vũ Văn Hùng", "036085000402"));

        var export = await ExchangeRequests.ExportAsync(staff);

        Assert.Equal(["XD-D2"], ExchangeRequests.Records(export, "XD-D").Select(r => (string?)r["maCanBo"]));
        var missing = export["chuaTraoDoiDuoc"]!.AsArray().Single(n => (string?)n!["maCanBo"] == "XD-D1")!;
        Assert.Equal("Chưa có số định danh cá nhân", (string?)missing["lyDo"]);
    }

    [Fact]
    public async Task ChangedSince_ReturnsExactlyTheRecordsChangedAfterTheMoment()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XD-E1", "Hồ Văn Khoa", "036085000501"), ("XD-E2", "Hồ Văn Lâm", "036085000502"), ("XD-E3", "Hồ Văn Minh", "036085000503"));
        var moment = new DateTimeOffset(2031, 3, 2, 8, 30, 0, TimeSpan.FromHours(7));
        await App.SetCadreUpdatedAtAsync("XD-E1", moment.AddTicks(-10));
        await App.SetCadreUpdatedAtAsync("XD-E2", moment);
        await App.SetCadreUpdatedAtAsync("XD-E3", moment.AddTicks(10));

        var export = await ExchangeRequests.ExportAsync(staff, "?changedSince=" + Uri.EscapeDataString(moment.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(["XD-E3"], export["hoSo"]!.AsArray().Select(r => (string?)r!["maCanBo"]));
        Assert.Equal(moment, DateTimeOffset.Parse((string)export["thayDoiSau"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("{\n  \"dinhDang\": \"quyhoach-csdl-can-bo\",\n  \"phienBan\": 1,\n  \"hoSo\": [\n    { \"soDinhDanhCaNhan\": \"036085000601\" \n  ]\n}", "Dòng 6: tệp không đúng định dạng JSON")]
    [InlineData("{\n  \"dinhDang\": \"quyhoach-csdl-can-bo\",\n  \"phienBan\": 1,\n  \"hoSo\": [\n    { \"soDinhDanhCaNhan\": \"036085000601\", \"hoVaTen\": \"Ngô Văn An\", \"gioiTinh\": \"Nam\", \"ngaySinh\": \"1985-05-15\" },\n    { \"soDinhDanhCaNhan\": \"036185000602\", \"hoVaTen\": \"Ngô Văn Ba\", \"gioiTinh\": \"Nam\", \"ngaySinh\": \"1985-05-15\" }\n  ]\n}", "Dòng 6: Số định danh cá nhân không đúng: chữ số thứ tư là 1 nhưng nam sinh năm 1985 phải là 0")]
    [InlineData("{\n  \"dinhDang\": \"quyhoach-csdl-can-bo\",\n  \"phienBan\": 1,\n  \"hoSo\": [\n    { \"soDinhDanhCaNhan\": \"036085000601\", \"hoVaTen\": \"Ngô Văn An\", \"gioiTinh\": \"Nam\", \"ngaySinh\": \"1985-05-15\" },\n    { \"soDinhDanhCaNhan\": \"036085000601\", \"hoVaTen\": \"Ngô Văn Ba\", \"gioiTinh\": \"Nam\", \"ngaySinh\": \"1985-05-15\" }\n  ]\n}", "Dòng 6: Số định danh cá nhân 036085000601 trùng với hồ sơ ở dòng 5")]
    [InlineData("{\n  \"dinhDang\": \"quyhoach-csdl-can-bo\",\n  \"phienBan\": 1,\n  \"hoSo\": [\n    { \"soDinhDanhCaNhan\": \"036085000601\", \"hoTen\": \"Ngô Văn An\" }\n  ]\n}", "Dòng 5: tệp không đúng định dạng JSON")]
    public async Task Compare_BadFile_422NamingTheLine_NothingKept(string json, string expected)
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);

        var response = await ExchangeRequests.CompareAsync(staff, json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("problems").EnumerateArray(), p => p.GetString()!.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OtherDepartment_SeesAndChangesOnlyItsScope()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        await ExchangeRequests.AddCadresAsync(staff, ("XD-F1", "Lý Văn Nam", "036085000701"));
        var export = await ExchangeRequests.ExportAsync(staff);
        ExchangeRequests.Records(export, "XD-F1").Single()["danToc"] = "Nùng";
        var other = await App.CreateOtherDepartmentAsync();
        var outsider = await App.SignInAsUserAsync(other.StaffUserName);

        var theirs = await ExchangeRequests.ExportAsync(outsider);
        var compared = await (await ExchangeRequests.CompareAsync(outsider, export.ToJsonString())).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Empty(ExchangeRequests.Records(theirs, "XD-"));
        Assert.Contains(theirs["chuaTraoDoiDuoc"]!.AsArray(), n => (string?)n!["maCanBo"] == other.CadreCode);
        Assert.DoesNotContain(export["chuaTraoDoiDuoc"]!.AsArray(), n => (string?)n!["maCanBo"] == other.CadreCode);
        Assert.Equal(0, compared.GetProperty("changed").GetArrayLength());
        Assert.Contains(compared.GetProperty("unmatched").EnumerateArray(), u => u.GetProperty("personalIdNumber").GetString() == "036085000701");
    }

    [Fact]
    public async Task Inspector_Forbidden()
    {
        var inspector = await App.SignInAsAsync(AppRoles.Inspector);
        var response = await inspector.GetAsync(new Uri("/api/v1/exchange/records", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
