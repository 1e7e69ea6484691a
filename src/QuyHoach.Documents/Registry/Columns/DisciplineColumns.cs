using QuyHoach.Domain.Discipline;
using static QuyHoach.Documents.Registry.Parsing.CellParsers;

namespace QuyHoach.Documents.Registry.Columns;

/// <summary>
/// Sheet <c>KyLuat</c>: kỷ luật, keyed by (Mã cán bộ, Số quyết định) or, without a number, by
/// (Mã cán bộ, Ngày quyết định, Hình thức).
/// </summary>
public static class DisciplineColumns
{
    public static readonly RegistryColumn<string> CadreCode = new(
        "Mã cán bộ", true, "Mã cán bộ ở sheet CanBo hoặc đã có trong hệ thống.", "CB0001", Key, 14);

    public static readonly RegistryColumn<DisciplineAuthority> Authority = new(
        "Thẩm quyền", true, $"Một trong: {VietnameseTerms.Authority.Allowed} (cũng nhận Hành chính).", "Đảng", Term(VietnameseTerms.Authority), 12);

    public static readonly RegistryColumn<DisciplineForm> Form = new(
        "Hình thức", true, $"Một trong: {VietnameseTerms.DisciplineForm.Allowed}. Kỷ luật Đảng chỉ có Khiển trách, Cảnh cáo, Cách chức, Khai trừ; Khai trừ chỉ là kỷ luật Đảng.", "Khiển trách", Term(VietnameseTerms.DisciplineForm), 16);

    public static readonly RegistryColumn<string> DecisionNumber = new(
        "Số quyết định", false, "Số, ký hiệu quyết định; dùng làm khóa khi nhập lại (không có số thì khóa là Ngày quyết định và Hình thức).", "12-QĐ/UBKTTU", Text(100), 18);

    public static readonly RegistryColumn<DateOnly> DecisionDate = new(
        "Ngày quyết định", true, "dd/MM/yyyy; không sau ngày nhập.", "15/03/2023", DateParsers.Full, 14);

    public static readonly RegistryColumn<DateOnly> EffectiveDate = new(
        "Ngày hiệu lực", true, "dd/MM/yyyy; không trước ngày quyết định.", "15/03/2023", DateParsers.Full, 14);

    public static readonly RegistryColumn<bool> UnderComplaint = new(
        "Đang khiếu nại", false, "Có hoặc Không (để trống là Không).", "Không", YesNo, 12);

    public static readonly RegistrySheet Sheet = new("KyLuat", "Kỷ luật", true, [
        CadreCode, Authority, Form, DecisionNumber, DecisionDate, EffectiveDate, UnderComplaint]);
}
