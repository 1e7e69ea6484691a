using QuyHoach.Documents.Registry;

namespace QuyHoach.Documents.Tests.Registry;

/// <summary>How the reader finds columns and treats cells whatever the sheet's layout.</summary>
public class SheetShapeTests
{
    [Fact]
    public void Read_ColumnsReorderedRetypedAndExtra_MatchedByHeaderName()
    {
        var book = new TestWorkbook()
            .Sheet("CanBo", ["Ghi chú", "MA DON VI", "ngày sinh", "Giới tính *", "họ và tên", "Mã cán bộ"])
            .Row("CanBo", ["bất kỳ", "SNV", "1970", "Nam", "Lê Văn Bình", "CB0009"])
            .Sheet("DanhGia", ["Mã cán bộ", "Năm", "Xếp loại"])
            .Sheet("KyLuat", ["Mã cán bộ", "Thẩm quyền", "Hình thức", "Ngày quyết định", "Ngày hiệu lực"]);
        using var stream = book.Build();

        var result = RegistryWorkbookReader.Read(stream, ImportLimits.Default, RegistryFile.Today);

        Assert.True(result.CanApply, string.Join("\n", result.Issues) + result.Refusal);
        var cadre = Assert.Single(result.Cadres);
        Assert.Equal(("CB0009", "Lê Văn Bình", "SNV"), (cadre.Code, cadre.FullName, cadre.UnitCode));
    }

    [Fact]
    public void Read_DuplicateHeader_Refused()
    {
        using var stream = new TestWorkbook()
            .Sheet("CanBo", ["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị", "Ho va ten"])
            .Sheet("DanhGia", ["Mã cán bộ", "Năm", "Xếp loại"])
            .Sheet("KyLuat", ["Mã cán bộ", "Thẩm quyền", "Hình thức", "Ngày quyết định", "Ngày hiệu lực"])
            .Build();
        var result = RegistryWorkbookReader.Read(stream, ImportLimits.Default, RegistryFile.Today);
        Assert.Contains("sheet CanBo có cột \"Họ và tên\" hai lần", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ErrorCell_ReportedWithItsValue()
    {
        var result = RegistryFile.OneOfEach().Set("CanBo", "Ngày sinh", new TestError("#N/A")).Read();
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("Ngày sinh", "Ô có giá trị lỗi #N/A; hãy ghi giá trị thật"), (issue.Column, issue.Message));
    }

    [Fact]
    public void Read_EmptyRowsBetweenData_SkippedAndRowNumbersAsExcelShows()
    {
        var file = RegistryFile.OneOfEach().Add("CanBo", [])
            .Add("CanBo", new Dictionary<string, object?>(RegistryFile.Cadre("CB0003")) { ["Giới tính"] = "?" });
        var result = file.Read();
        Assert.Equal(4, Assert.Single(result.Issues).Row);
    }
}
