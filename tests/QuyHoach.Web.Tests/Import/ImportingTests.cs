using System.Net;
using DocumentFormat.OpenXml.Packaging;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Import;

public sealed class ImportingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task Template_Staff_DownloadsWorkbookWithGuideAndEverySheet()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var response = await client.GetAsync(new Uri("/nhap-du-lieu/mau", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ImportRequests.Xlsx, response.Content.Headers.ContentType?.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Hướng dẫn", "CanBo", "DanhGia", "KyLuat", "TieuChuanChinhTri"], sheets);
    }

    [Theory]
    [InlineData(AppRoles.Leader)]
    [InlineData(AppRoles.Inspector)]
    public async Task ImportScreen_ReadOnlyRoles_Refused(string role)
    {
        var client = await App.SignInAsAsync(role);
        var response = await client.GetAsync(new Uri("/nhap-du-lieu", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Import_ValidFile_AppliedAllOrNothingAndReimportChangesNothing()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var before = await App.CadreCountAsync();
        var file = new RegistryFiles()
            .Cadre("IMP-0001", "Nguyễn Thị Ánh Tuyết", sex: "Nữ", birth: "12/03/1988", title: "SCT-CV", extra: "Thạc sĩ Kinh tế")
            .Cadre("IMP-0002", "Lò Văn Khánh", birth: "05/1979", unit: "NDI-SCT-P03", title: "SCT-PP", politicalTheory: "Cao cấp")
            .Evaluation("IMP-0001", 2025, "HTTNV")
            .Evaluation("SCT-0030", 2024, "HTXSNV")
            .Build();

        var (page, report) = await ImportRequests.UploadAsync(client, file);
        Assert.Contains("Tệp hợp lệ. Chưa có dữ liệu nào được ghi.", report, StringComparison.Ordinal);
        Assert.Equal(before, await App.CadreCountAsync());

        var done = await ImportRequests.ApplyAsync(client, page);
        Assert.Contains("Đã nhập xong.", done, StringComparison.Ordinal);
        Assert.Equal(before + 2, await App.CadreCountAsync());
        Assert.NotNull(await App.CadreIdAsync("IMP-0002"));
        Assert.Equal(1, await App.AuditCountAsync("cadre.imported"));
        Assert.Equal(1, await App.AuditCountAsync("registry.imported"));
        var logged = await App.LatestAuditAfterAsync("cadre.imported");
        Assert.Contains("IMP-0001", logged, StringComparison.Ordinal);
        Assert.Contains("IMP-0002", logged, StringComparison.Ordinal);
        Assert.Contains("SCT-0030", logged, StringComparison.Ordinal);

        var (again, _) = await ImportRequests.UploadAsync(client, file);
        var second = await ImportRequests.ApplyAsync(client, again);
        Assert.Contains("không có gì thay đổi", second, StringComparison.Ordinal);
        Assert.Equal(before + 2, await App.CadreCountAsync());
        Assert.Equal(1, await App.AuditCountAsync("cadre.imported"));
        Assert.Equal(2, await App.AuditCountAsync("registry.imported"));
    }

    [Fact]
    public async Task Import_FileWithErrors_ReportsEveryRowAndColumnAndWritesNothing()
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var before = await App.CadreCountAsync();
        var file = new RegistryFiles()
            .Cadre("ERR-0001", "Phạm Văn Lợi", sex: "Khác")
            .Cadre("ERR-0002", "Vũ Thị Hạnh", birth: "31/02/1990")
            .Cadre("ERR-0003", "Đinh Công Tráng", unit: "KHONG-CO")
            .Build();

        var (_, report) = await ImportRequests.UploadAsync(client, file);
        Assert.Contains("Chưa có dữ liệu nào được ghi", report, StringComparison.Ordinal);
        Assert.Contains("<td>CanBo</td><td>2</td><td>Giới tính</td>", report, StringComparison.Ordinal);
        Assert.Contains("<td>CanBo</td><td>3</td><td>Ngày sinh</td>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Áp dụng vào sổ cán bộ", report, StringComparison.Ordinal);
        Assert.Equal(before, await App.CadreCountAsync());
    }

    [Fact]
    public async Task Import_UnknownUnitOrCodeOfAnotherDepartment_RefusedBeforeWriting()
    {
        var other = await App.CreateOtherDepartmentAsync();
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var before = await App.CadreCountAsync();
        var file = new RegistryFiles()
            .Cadre("NEW-0001", "Hà Văn Minh", unit: "KHONG-CO")
            .Cadre(other.CadreCode, "Tên Khác Hẳn")
            .Build();

        var (_, report) = await ImportRequests.UploadAsync(client, file);
        Assert.Contains("Không có đơn vị mã \"KHONG-CO\" trong phạm vi của bạn.", WebUtility.HtmlDecode(report), StringComparison.Ordinal);
        Assert.Contains("thuộc đơn vị ngoài phạm vi của bạn", report, StringComparison.Ordinal);
        Assert.Equal(before, await App.CadreCountAsync());
    }

    [Theory]
    [InlineData("random")]
    [InlineData("csv")]
    public async Task Import_NotAWorkbook_RefusedWithOneMessage(string kind)
    {
        var client = await App.SignInAsAsync(AppRoles.Staff);
        var bytes = kind == "csv"
            ? "Mã cán bộ,Họ và tên\nX1,Nguyễn Văn A\n"u8.ToArray()
            : Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 251)).ToArray();
        var (_, report) = await ImportRequests.UploadAsync(client, bytes, "tep.xlsx");
        Assert.Contains("alert-error", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Áp dụng vào sổ cán bộ", report, StringComparison.Ordinal);
    }
}
