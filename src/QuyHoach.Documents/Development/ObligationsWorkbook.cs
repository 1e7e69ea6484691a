using QuyHoach.Documents.Spreadsheets;

namespace QuyHoach.Documents.Development;

/// <summary>One row of the list of obligations by cadre.</summary>
public sealed record ObligationRow(string FullName, string PlannedTitle, string Content, DateOnly DueOn, string ResponsibleUnit, string Status, DateOnly? DoneOn, string? Evidence);

/// <summary>Danh sách nghĩa vụ theo cán bộ (XLSX, R-USE-2): every item of the unit's planned cadres, by cadre.</summary>
public static class ObligationsWorkbook
{
    private static readonly string[] Header = ["STT", "Họ và tên", "Chức danh quy hoạch", "Nội dung", "Hạn hoàn thành", "Đơn vị chủ trì", "Tình trạng", "Ngày hoàn thành", "Văn bản chứng minh"];

    public static void Write(Stream output, IReadOnlyList<ObligationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        TableWorkbook.Write(output, "Nghĩa vụ theo cán bộ", Header, rows.Select((r, i) => (IReadOnlyList<string?>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.FullName, r.PlannedTitle, r.Content, Date(r.DueOn), r.ResponsibleUnit, r.Status,
            r.DoneOn is { } done ? Date(done) : "", r.Evidence ?? "",
        ]));
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
