using QuyHoach.Documents.Registry;

namespace QuyHoach.Documents.Tests.Registry;

/// <summary>
/// One line per validation rule: a valid file with one or two cells changed must give exactly one issue, at the
/// expected sheet, row and column, with the expected message. Today is 15/11/2026.
/// </summary>
public class ValidationRuleTests
{
    public static TheoryData<string, string, object?, string?, object?, string, string> Cases => new()
    {
        // sheet, column, value, second column, second value, column reported, message fragment
        { "CanBo", "Mã cán bộ", null, null, null, "Mã cán bộ", "Thiếu Mã cán bộ (bắt buộc)" },
        { "CanBo", "Mã cán bộ", "CB 0001", null, null, "Mã cán bộ", "chỉ được gồm chữ, số" },
        { "CanBo", "Họ và tên", "   ", null, null, "Họ và tên", "Thiếu Họ và tên (bắt buộc)" },
        { "CanBo", "Họ và tên", "Nguyễn Văn 2", null, null, "Họ và tên", "không phải họ tên" },
        { "CanBo", "Giới tính", "Khác", null, null, "Giới tính", "'Khác' không hợp lệ; chỉ nhận: Nam, Nữ" },
        { "CanBo", "Ngày sinh", "31/02/1980", null, null, "Ngày sinh", "'31/02/1980' không phải ngày hợp lệ; hãy ghi dd/MM/yyyy, MM/yyyy hoặc yyyy" },
        { "CanBo", "Ngày sinh", "1899", null, null, "Ngày sinh", "Năm 1899 nằm ngoài khoảng 1900–2100" },
        { "CanBo", "Ngày sinh", "16/11/2026", "Ngày vào Đảng", null, "Ngày sinh", "Ngày sinh 16/11/2026 sau ngày nhập 15/11/2026" },
        { "CanBo", "Ngày sinh", new TestNumber("27642.5"), null, null, "Ngày sinh", "Ô là số 27642.5, không phải ngày" },
        { "CanBo", "Ngày vào Đảng", "05/1990", null, null, "Ngày vào Đảng", "Cần ngày đầy đủ dd/MM/yyyy" },
        { "CanBo", "Ngày vào Đảng", "01/01/1970", null, null, "Ngày vào Đảng", "Ngày vào Đảng 01/01/1970 trước ngày sinh" },
        // R-PIN-1: the test cadre is a woman born 05/09/1975 (century-and-sex digit 1, year digits 75).
        { "CanBo", "Số định danh cá nhân", "036075012345", null, null, "Số định danh cá nhân", "chữ số thứ tư là 0 nhưng nữ sinh năm 1975 phải là 1" },
        { "CanBo", "Số định danh cá nhân", "036174012345", null, null, "Số định danh cá nhân", "chữ số thứ năm và sáu là 74 nhưng năm sinh là 1975" },
        { "CanBo", "Số định danh cá nhân", "003175012345", null, null, "Số định danh cá nhân", "không phải mã tỉnh, thành phố nơi đăng ký khai sinh" },
        { "CanBo", "Số định danh cá nhân", "03617501234", null, null, "Số định danh cá nhân", "phải gồm đúng 12 chữ số" },
        { "CanBo", "Mã đơn vị", null, null, null, "Mã đơn vị", "Thiếu Mã đơn vị (bắt buộc)" },
        { "CanBo", "Mã chức vụ hiện tại", null, null, null, "Ngày giữ chức vụ", "Có Ngày giữ chức vụ nhưng không có Mã chức vụ hiện tại" },
        { "CanBo", "Ngày giữ chức vụ", "01/12/2026", null, null, "Ngày giữ chức vụ", "sau ngày nhập" },
        { "CanBo", "Lý luận chính trị", "Đại học", null, null, "Lý luận chính trị", "chỉ nhận: Sơ cấp, Trung cấp, Cao cấp, Cử nhân" },
        { "CanBo", "Đang học LLCT", "Có", "Lý luận chính trị", null, "Đang học LLCT", "cột Lý luận chính trị chưa ghi trình độ đang học" },
        { "CanBo", "Đang học LLCT", "Đang học", null, null, "Đang học LLCT", "chỉ nhận: Có, Không" },
        { "CanBo", "Quản lý nhà nước", "CVC", null, null, "Quản lý nhà nước", "chỉ nhận: Chuyên viên, Chuyên viên chính, Chuyên viên cao cấp" },
        { "CanBo", "Ngày mất", "01/01/2030", null, null, "Ngày mất", "Ngày mất 01/01/2030 sau ngày nhập" },
        { "CanBo", "Ngày chuyển công tác ra ngoài", "01/01/1960", null, null, "Ngày chuyển công tác ra ngoài", "trước ngày sinh" },
        { "CanBo", "Họ và tên", "<script>alert(1)</script>", null, null, "Họ và tên", "script hoặc thẻ HTML" },
        { "CanBo", "Quê quán", "javascript:alert(1)", null, null, "Quê quán", "script hoặc thẻ HTML" },
        { "CanBo", "Quê quán", "=cmd|' /C calc'!A0", null, null, "Quê quán", "ký tự công thức" },
        { "CanBo", "Họ và tên", "NguyÔn V¨n An", null, null, "Họ và tên", "Sai bảng mã" },
        { "CanBo", "Họ và tên", "Nguyeãn Vaên An", null, null, "Họ và tên", "Sai bảng mã" },
        { "CanBo", "Quê quán", "Hµ Néi", null, null, "Quê quán", "Sai bảng mã" },
        { "DanhGia", "Mã cán bộ", "CB9999", null, null, "Mã cán bộ", "Mã cán bộ CB9999 không có ở sheet CanBo và chưa có trong hệ thống" },
        { "DanhGia", "Năm", "24", null, null, "Năm", "Năm 24 nằm ngoài khoảng 1900–2100" },
        { "DanhGia", "Năm", "năm 2024", null, null, "Năm", "'năm 2024' không phải năm; hãy ghi 4 chữ số" },
        { "DanhGia", "Năm", "2101", null, null, "Năm", "Năm 2101 nằm ngoài khoảng 1900–2100" },
        { "DanhGia", "Năm", "2027", null, null, "Năm", "Năm đánh giá 2027 sau năm hiện tại 2026" },
        { "DanhGia", "Xếp loại", "Tốt", null, null, "Xếp loại", "chỉ nhận: HTXSNV, HTTNV, HTNV, KHTNV" },
        { "DanhGia", "Điểm", "100,5", null, null, "Điểm", "Điểm 100,5 lớn hơn 100" },
        { "DanhGia", "Điểm", new TestNumber("101"), null, null, "Điểm", "Điểm 101 lớn hơn 100" },
        { "DanhGia", "Điểm", "85,55", null, null, "Điểm", "có quá một chữ số thập phân" },
        { "DanhGia", "Điểm", "khá", null, null, "Điểm", "không phải điểm" },
        { "KyLuat", "Thẩm quyền", "Công an", null, null, "Thẩm quyền", "chỉ nhận: Đảng, Chính quyền" },
        { "KyLuat", "Hình thức", "Khai trừ", "Thẩm quyền", "Chính quyền", "Hình thức", "Hình thức Khai trừ không có trong kỷ luật Chính quyền" },
        { "KyLuat", "Hình thức", "Hạ bậc lương", null, null, "Hình thức", "Hình thức Hạ bậc lương không có trong kỷ luật Đảng" },
        { "KyLuat", "Hình thức", "Phê bình", null, null, "Hình thức", "chỉ nhận: Khiển trách, Cảnh cáo" },
        { "KyLuat", "Ngày hiệu lực", "14/03/2023", null, null, "Ngày hiệu lực", "Ngày hiệu lực 14/03/2023 trước ngày quyết định 15/03/2023" },
        { "KyLuat", "Ngày quyết định", "20/11/2026", "Ngày hiệu lực", "20/11/2026", "Ngày quyết định", "Ngày quyết định 20/11/2026 sau ngày nhập" },
        { "KyLuat", "Ngày quyết định", null, null, null, "Ngày quyết định", "Thiếu Ngày quyết định (bắt buộc)" },
        { "KyLuat", "Đang khiếu nại", "chưa rõ", null, null, "Đang khiếu nại", "chỉ nhận: Có, Không" },
        { "TieuChuanChinhTri", "Kết luận", "Tốt", null, null, "Kết luận", "chỉ nhận: Đạt, Không đạt" },
        { "TieuChuanChinhTri", "Ngày kết luận", null, null, null, "Ngày kết luận", "Thiếu Ngày kết luận (bắt buộc)" },
        { "TieuChuanChinhTri", "Ngày kết luận", "01/01/2027", null, null, "Ngày kết luận", "sau ngày nhập" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Read_BadCell_OneIssueAtSheetRowColumn(string sheet, string column, object? value, string? column2, object? value2, string reported, string message)
    {
        var file = RegistryFile.OneOfEach().Set(sheet, column, value);
        if (column2 is not null)
        {
            file.Set(sheet, column2, value2);
        }

        // CB0001 also exists in the database, so emptying its code on CanBo does not orphan the other sheets' rows.
        var result = file.Read(new KnownCodes(new HashSet<string> { "CB0001" }));

        Assert.Null(result.Refusal);
        Assert.False(result.CanApply);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((sheet, 2, reported), (issue.Sheet, issue.Row, issue.Column));
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownUnitAndTitleWhenCatalogueGiven_Reported()
    {
        var known = new KnownCodes(new HashSet<string>(), Units: new HashSet<string> { "snv" }, Titles: new HashSet<string> { "GD-SNV" });
        var result = RegistryFile.OneOfEach().Read(known);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("Mã chức vụ hiện tại", "Mã chức vụ PGD-SNV chưa có trong danh mục chức vụ của hệ thống"), (issue.Column, issue.Message));
    }

    [Fact]
    public void Read_ManyBadCells_EveryOneReportedNotOnlyTheFirst()
    {
        var file = RegistryFile.OneOfEach()
            .Set("CanBo", "Giới tính", "x").Set("CanBo", "Ngày sinh", "abc").Set("CanBo", "Quản lý nhà nước", "y")
            .Add("CanBo", RegistryFile.Cadre("CB0002")).Add("CanBo", RegistryFile.Cadre("CB0003"));
        file.Add("CanBo", new Dictionary<string, object?>(RegistryFile.Cadre("CB0004")) { ["Họ và tên"] = null });
        var result = file.Read();

        Assert.Equal([(2, "Giới tính"), (2, "Ngày sinh"), (2, "Quản lý nhà nước"), (5, "Họ và tên")], result.Issues.Select(i => (i.Row, i.Column)));
        Assert.Equal(["CB0002", "CB0003"], result.Cadres.Select(c => c.Code));
    }

    [Fact]
    public void Read_IssuesBeyondLimit_OneClosingIssueCountsTheRest()
    {
        var file = RegistryFile.OneOfEach();
        for (var i = 2; i <= 10; i++)
        {
            file.Add("CanBo", new Dictionary<string, object?>(RegistryFile.Cadre($"CB{i:D4}")) { ["Giới tính"] = "?" });
        }

        var result = file.Read(limits: ImportLimits.Default with { MaxIssues = 5 });
        Assert.Equal(6, result.Issues.Count);
        Assert.Equal("Còn 4 lỗi khác chưa hiển thị; hãy sửa các lỗi trên rồi tải lên lại.", result.Issues[^1].Message);
    }
}
