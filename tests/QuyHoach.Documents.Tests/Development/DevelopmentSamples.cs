using QuyHoach.Documents.Development;
using QuyHoach.Documents.Tests.Decisions;
using QuyHoach.Documents.Tests.Minutes;

namespace QuyHoach.Documents.Tests.Development;

/// <summary>The development plan's samples (R-USE-2, R-PUB-1), from fictional seed-001 cadres of Sở Công Thương.</summary>
internal static class DevelopmentSamples
{
    public static DevelopmentPlan Plan() => new()
    {
        Body = SeedDecisions.StateUnit,
        Number = "Số:       /KH-SCT",
        Date = new DateOnly(2026, 12, 3),
        Year = 2026,
        Bases =
        [
            "Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;",
            "Căn cứ Kế hoạch số 331/KH-SCT ngày 04/4/2022 của Sở Công Thương tỉnh Nam Định;",
        ],
        Lines =
        [
            new("Lê Minh Quang", "Trưởng phòng", "Nghĩa vụ theo kết quả xét điều kiện", "Trình độ lý luận chính trị (hoàn thành khóa học đang học): tạm coi là đạt tiêu chuẩn, phải hoàn thành khóa học.", "", new DateOnly(2026, 3, 16), "Văn phòng Sở", "Đang thực hiện"),
            new("Hoàng Xuân Hải", "Trưởng phòng", "Luân chuyển", "Luân chuyển đến vị trí Phó Chi cục trưởng Chi cục Quản lý thị trường", "01/01/2027 - 31/12/2028", new DateOnly(2028, 12, 31), "Văn phòng Sở", "Đang thực hiện"),
            new("Ngô Thị Minh Hằng", "Phó trưởng phòng", "Đào tạo, bồi dưỡng", "Bồi dưỡng kiến thức quản lý nhà nước chương trình chuyên viên chính", "02/03/2027 - 30/06/2027", new DateOnly(2027, 6, 30), "Phòng Quản lý thương mại", "Đang thực hiện"),
        ],
        Signer = SeedDecisions.Director,
        Recipients = ["Các đơn vị chủ trì", "Cán bộ có tên trong kế hoạch", "Lưu: VT, hồ sơ cán bộ"],
    };

    public static IReadOnlyList<ObligationRow> Obligations() =>
    [
        new("Hoàng Xuân Hải", "Trưởng phòng", "Luân chuyển đến vị trí Phó Chi cục trưởng Chi cục Quản lý thị trường", new DateOnly(2028, 12, 31), "Văn phòng Sở", "Đang thực hiện", null, null),
        new("Lê Minh Quang", "Trưởng phòng", "Trình độ lý luận chính trị (hoàn thành khóa học đang học)", new DateOnly(2026, 3, 16), "Văn phòng Sở", "Đã hoàn thành", new DateOnly(2026, 11, 20), "CC-2026-15"),
    ];

    public static IReadOnlyList<TitleStandardsLines> Standards() =>
    [
        new("Trưởng phòng", ["Chuyên môn: Đại học", "Lý luận chính trị: Cao cấp", "Quản lý nhà nước: Chuyên viên chính (có thể hoàn thiện sau)"]),
        new("Phó trưởng phòng", ["Chuyên môn: Đại học", "Lý luận chính trị: Trung cấp"]),
    ];

    public static void WriteAndReopen(string folder)
    {
        Word(folder, "ke-hoach-dao-tao-boi-duong-luan-chuyen.docx", s => DevelopmentPlanDocument.Write(s, Plan()), "KẾ HOẠCH");
        Word(folder, "phu-luc-tieu-chuan-chuc-danh.docx", s => TitleStandardsAnnex.Write(s, SeedDecisions.StateUnit, new DateOnly(2026, 12, 3), "Rà soát, bổ sung quy hoạch năm 2026", Standards()), "PHỤ LỤC");
        using var file = File.Create(Path.Combine(folder, "danh-sach-nghia-vu-theo-can-bo.xlsx"));
        ObligationsWorkbook.Write(file, Obligations());
    }

    private static void Word(string folder, string name, Action<Stream> write, string expected)
    {
        var path = Path.Combine(folder, name);
        using (var file = File.Create(path))
        {
            write(file);
        }

        using var memory = new MemoryStream(File.ReadAllBytes(path));
        var text = WordText.Read(memory);
        Assert.Empty(text.Errors);
        Assert.Contains(expected, text.Paragraphs);
    }
}
