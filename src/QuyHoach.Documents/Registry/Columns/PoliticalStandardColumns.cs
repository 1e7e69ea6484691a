using QuyHoach.Domain.Eligibility;
using static QuyHoach.Documents.Registry.Parsing.CellParsers;

namespace QuyHoach.Documents.Registry.Columns;

/// <summary>Sheet <c>TieuChuanChinhTri</c> (may be left out): kết luận tiêu chuẩn chính trị, keyed by (Mã cán bộ, Ngày kết luận).</summary>
public static class PoliticalStandardColumns
{
    public static readonly RegistryColumn<string> CadreCode = new(
        "Mã cán bộ", true, "Mã cán bộ ở sheet CanBo hoặc đã có trong hệ thống.", "CB0001", Key, 14);

    public static readonly RegistryColumn<DateOnly> ConcludedOn = new(
        "Ngày kết luận", true, "dd/MM/yyyy; không sau ngày nhập.", "20/10/2024", DateParsers.Full, 14);

    public static readonly RegistryColumn<PoliticalStandard> Conclusion = new(
        "Kết luận", true, $"Một trong: {VietnameseTerms.PoliticalStandard.Allowed} (cũng nhận Bảo đảm, Không bảo đảm).", "Đạt", Term(VietnameseTerms.PoliticalStandard), 12);

    public static readonly RegistrySheet Sheet = new("TieuChuanChinhTri", "Tiêu chuẩn chính trị", false, [CadreCode, ConcludedOn, Conclusion]);
}
