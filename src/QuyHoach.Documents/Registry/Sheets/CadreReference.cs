using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Documents.Registry.Reading;

namespace QuyHoach.Documents.Registry.Sheets;

/// <summary>Rows of the other sheets must name a cadre of sheet CanBo or of the database.</summary>
internal static class CadreReference
{
    public static void Check(RowCells cells, RegistryColumn<string> column, string? code, ImportContext context)
    {
        if (code is not null && !context.IsCadreCode(code))
        {
            cells.Report(column, $"Mã cán bộ {code} không có ở sheet CanBo và chưa có trong hệ thống");
        }
    }
}
