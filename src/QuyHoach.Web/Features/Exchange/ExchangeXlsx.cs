using System.Globalization;
using QuyHoach.Documents.Registry;
using QuyHoach.Documents.Spreadsheets;
using QuyHoach.Domain.Common;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// Reads the exchange workbook (the export's sheet "Hồ sơ", docs/exchange.md) into the same records as a JSON file,
/// each with its row, so both forms go through one check and one comparison (R-XCH-2). Headers are matched by name
/// (ignoring case and diacritics, in any order); dates as the workbook shows them become the file's ISO form; every
/// problem names the row and the column's letter.
/// </summary>
public static class ExchangeXlsx
{
    public const string Sheet = "Hồ sơ";

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>The columns a record is compared by: a workbook without one of them is refused.</summary>
    private static readonly string[] Required = ["Số định danh cá nhân", .. ExchangeField.Compared.Select(f => f.Label)];

    /// <summary>A workbook (or an old .xls, refused by the reader with its own message), not a JSON text.</summary>
    public static bool IsWorkbook(byte[] content) =>
        content is not null && (content.AsSpan().StartsWith(ZipSignature) || content.AsSpan().StartsWith(CompoundFileSignature));

    /// <summary>The records with their rows and how a problem names its cell, or the one problem that refuses the file.</summary>
    public static (IReadOnlyList<LinedRecord> Records, ExchangePlaces Places, string? Problem) Read(byte[] content)
    {
        var read = TableWorkbookReader.Read(content, Sheet, ImportLimits.Default);
        if (read.Refusal is { } refusal)
        {
            return ([], ExchangePlaces.Json, refusal);
        }

        if (!read.HasSheet || read.Rows.Count == 0)
        {
            return ([], ExchangePlaces.Json, $"Tệp không có sheet \"{Sheet}\" với dòng tiêu đề: hãy dùng tệp Excel xuất từ màn hình trao đổi.");
        }

        var header = read.Rows[0];
        var positions = new Dictionary<ExchangeColumns, int>();
        foreach (var (index, text) in header.Cells)
        {
            if (ExchangeColumns.All.FirstOrDefault(c => VietnameseText.Fold(c.Label) == VietnameseText.Fold(text)) is { } column)
            {
                positions.TryAdd(column, index);
            }
        }

        var missing = Required.Where(label => !positions.Keys.Any(c => c.Label == label)).ToList();
        if (missing.Count > 0)
        {
            return ([], ExchangePlaces.Json, string.Create(CultureInfo.InvariantCulture, $"Dòng {header.Number}: sheet \"{Sheet}\" thiếu cột {string.Join(", ", missing)}."));
        }

        var records = read.Rows.Skip(1).Select(row => new LinedRecord(row.Number, positions.Aggregate(
            new ExchangeRecord(),
            (record, p) => p.Key.With(record, row.Cells.TryGetValue(p.Value, out var text) && !string.IsNullOrWhiteSpace(text) ? p.Key.FromCell(text.Trim()) : null))));
        var letters = positions.ToDictionary(p => p.Key.Label, p => TableWorkbook.ColumnName(p.Value), StringComparer.Ordinal);
        var places = new ExchangePlaces(
            (row, label) => string.Create(CultureInfo.InvariantCulture, $"Dòng {row}, cột {letters.GetValueOrDefault(label, "?")}"),
            "ghi dd/MM/yyyy, MM/yyyy hoặc yyyy", "ghi dd/MM/yyyy");
        return ([.. records], places, null);
    }
}
