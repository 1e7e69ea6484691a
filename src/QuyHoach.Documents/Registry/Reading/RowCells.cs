using QuyHoach.Documents.Registry.Columns;

namespace QuyHoach.Documents.Registry.Reading;

/// <summary>
/// The cells of one data row, read through the column definitions: each value is cleaned (NFC, trimmed),
/// safety-checked and parsed, and every problem is reported against the row and column, so one pass over a row
/// reports all of its problems.
/// </summary>
internal sealed class RowCells(string sheet, SheetRow row, IReadOnlyDictionary<RegistryColumn, int> positions, IssueList issues)
{
    public int Number => row.Number;

    public bool HasIssues { get; private set; }

    public T? Value<T>(RegistryColumn<T> column)
        where T : struct => TryParse(column, out var value) ? value : null;

    public string? Text(RegistryColumn<string> column) => TryParse(column, out var value) ? value : null;

    /// <summary>The column is absent or its cell is empty (an invalid value is not blank).</summary>
    public bool IsBlank(RegistryColumn column) =>
        !positions.TryGetValue(column, out var position) || !row.Cells.TryGetValue(position, out var cell)
        || (cell.Kind == SheetCellKind.Text && string.IsNullOrWhiteSpace(cell.Text));

    public void Report(RegistryColumn column, string message)
    {
        HasIssues = true;
        issues.Add(new ImportIssue(sheet, row.Number, column.Header, message));
    }

    private bool TryParse<T>(RegistryColumn<T> column, out T value)
    {
        value = default!;
        if (Cell(column, out var rejected) is not { } cell)
        {
            if (column.Required && !rejected)
            {
                Report(column, $"Thiếu {column.Header} (bắt buộc)");
            }

            return false;
        }

        if (cell.Kind == SheetCellKind.Error)
        {
            Report(column, $"Ô có giá trị lỗi {cell.Text}; hãy ghi giá trị thật");
            return false;
        }

        var parsed = column.Parse(cell);
        if (parsed.Error is not null)
        {
            Report(column, parsed.Error);
            return false;
        }

        value = parsed.Value;
        return true;
    }

    /// <summary>The cleaned cell, or null when empty or when <paramref name="rejected"/> by the safety check (already reported).</summary>
    private SheetCell? Cell(RegistryColumn column, out bool rejected)
    {
        rejected = false;
        if (!positions.TryGetValue(column, out var position) || !row.Cells.TryGetValue(position, out var cell))
        {
            return null;
        }

        if (cell.Kind != SheetCellKind.Text)
        {
            return cell;
        }

        var text = VietnameseText.Clean(cell.Text);
        if (text.Length == 0)
        {
            return null;
        }

        if (TextSafety.Check(cell.Text, text) is { } problem)
        {
            Report(column, problem);
            rejected = true;
            return null;
        }

        return cell with { Text = text };
    }
}
