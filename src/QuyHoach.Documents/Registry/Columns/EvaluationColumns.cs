using QuyHoach.Domain.Evaluation;
using static QuyHoach.Documents.Registry.Parsing.CellParsers;

namespace QuyHoach.Documents.Registry.Columns;

/// <summary>Sheet <c>DanhGia</c>: đánh giá, xếp loại hằng năm, keyed by (Mã cán bộ, Năm).</summary>
public static class EvaluationColumns
{
    public static readonly RegistryColumn<string> CadreCode = new(
        "Mã cán bộ", true, "Mã cán bộ ở sheet CanBo hoặc đã có trong hệ thống.", "CB0001", Key, 14);

    public static readonly RegistryColumn<int> Year = new(
        "Năm", true, "Năm đánh giá, 4 chữ số, không sau năm hiện tại. Mỗi cán bộ một dòng mỗi năm.", "2024", DateParsers.Year, 8);

    public static readonly RegistryColumn<Rating> Rating = new(
        "Xếp loại", true, $"Một trong: {VietnameseTerms.Rating.Allowed}; hoặc ghi đầy đủ, ví dụ Hoàn thành tốt nhiệm vụ.", "HTTNV", Term(VietnameseTerms.Rating), 14);

    public static readonly RegistryColumn<int> Score = new(
        "Điểm", false, "Không bắt buộc; từ 0 đến 100, tối đa một chữ số thập phân (85,5).", "85,5", ScoreTenths, 8);

    public static readonly RegistrySheet Sheet = new("DanhGia", "Đánh giá, xếp loại", true, [CadreCode, Year, Rating, Score]);
}
