using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Documents.Registry;
using QuyHoach.Documents.Registry.Reading;

namespace QuyHoach.Web.Features.Bodies;

/// <summary>One data row of an uploaded members sheet, as text, with its row number in the sheet.</summary>
public sealed record MemberSheetRow(int Row, string Code, string FullName, string Unit, string Position, string Head, string From, string To);

/// <summary>
/// Reads an uploaded members sheet (the layout of the export, plus an optional "Mã cán bộ" column) as plain text rows.
/// A file that is not a plain .xlsx is refused as a whole, with the import's bounds (size, zip entries, inflated size).
/// </summary>
public static class BodyMembersSheet
{
    public const int MaxRows = 2_000;
    public const string NotXlsx = "Tệp không phải bảng tính Excel .xlsx hoặc đã bị hỏng. Hãy mở bằng Excel và lưu dạng \"Excel Workbook (*.xlsx)\" rồi tải lên lại.";

    private static readonly string[] Headers = ["Mã cán bộ", "Họ và tên", "Cơ quan, đơn vị", "Chức vụ trong tập thể", "Người đứng đầu", "Từ ngày", "Đến ngày"];

    public static (IReadOnlyList<MemberSheetRow> Rows, string? Refusal) Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        // The registry import's own guard (signature, zip directory, sizes, content types): one place for hostile files.
        var limits = ImportLimits.Default;
        if (PackageGuard.RefusalOf(content, limits) is { } refusal)
        {
            return ([], refusal);
        }

        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new DocumentFormat.OpenXml.Packaging.OpenSettings { MaxCharactersInPart = limits.MaxEntryBytes });
            return ReadFirstSheet(document);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or OpenXmlPackageException or InvalidOperationException or System.Xml.XmlException or ArgumentException)
        {
            return ([], NotXlsx);
        }
    }

    private static (IReadOnlyList<MemberSheetRow>, string?) ReadFirstSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException();
        var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return ([], NotXlsx);
        }

        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>().ToList() ?? [];
        if (rows.Count == 0)
        {
            return ([], "Tệp không có dòng tiêu đề. Hãy dùng tệp tải về từ trang tập thể.");
        }

        if (rows.Count > MaxRows + 1)
        {
            return ([], $"Tệp có quá {MaxRows} dòng; hãy chia thành nhiều tệp.");
        }

        var header = Cells(rows[0], strings);
        var columns = Headers.Select(h => header.FirstOrDefault(c => string.Equals(c.Value.Trim(), h, StringComparison.OrdinalIgnoreCase)).Key).ToArray();
        if (columns[1] is null || columns[3] is null || columns[5] is null)
        {
            return ([], "Tệp thiếu cột \"Họ và tên\", \"Chức vụ trong tập thể\" hoặc \"Từ ngày\". Hãy dùng tệp tải về từ trang tập thể.");
        }

        var result = new List<MemberSheetRow>();
        foreach (var row in rows.Skip(1))
        {
            var cells = Cells(row, strings);
            string Get(int i) => columns[i] is { } column && cells.TryGetValue(column, out var v) ? v.Trim() : "";
            var values = Enumerable.Range(0, Headers.Length).Select(Get).ToArray();
            if (values.All(v => v.Length == 0))
            {
                continue;
            }

            result.Add(new MemberSheetRow((int)(row.RowIndex?.Value ?? 0), values[0], values[1], values[2], values[3], values[4], values[5], values[6]));
        }

        return (result, null);
    }

    /// <summary>The row's cells by column letters; numbers shown as dates in Excel become dd/MM/yyyy.</summary>
    private static Dictionary<string, string> Cells(Row row, List<string> strings)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cell in row.Elements<Cell>())
        {
            var column = new string((cell.CellReference?.Value ?? "").TakeWhile(char.IsLetter).ToArray());
            var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
            var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                ? strings[index]
                : raw;
            if (cell.DataType is null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 10_000 and < 100_000)
            {
                text = DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            }

            cells[column] = text;
        }

        return cells;
    }
}
