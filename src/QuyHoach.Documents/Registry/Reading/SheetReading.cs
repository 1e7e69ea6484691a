using QuyHoach.Documents.Registry.Columns;

namespace QuyHoach.Documents.Registry.Reading;

/// <summary>A mapped row: the record when the row is valid, and its re-import key whenever the key cells parse.</summary>
internal readonly record struct Mapped<TRow>(TRow? Row, string? Key)
    where TRow : class;

/// <summary>Reads the data rows of one bound sheet through a row mapper, and reports rows that repeat a key.</summary>
internal static class SheetReading
{
    /// <returns>The valid rows, and every key seen (also of invalid rows, so other sheets may refer to them).</returns>
    public static (List<TRow> Rows, IReadOnlyCollection<string> Keys) Read<TRow>(WorkbookIndex book, SheetBinding binding, ImportLimits limits, IssueList issues, string keyLabel, Func<RowCells, Mapped<TRow>> map)
        where TRow : class
    {
        var rows = new List<TRow>();
        var firstRowOfKey = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var keyColumn = binding.Sheet.Columns[0];
        // +1: the header row counts as a non-empty row of the sheet.
        foreach (var row in SheetRowReader.Read(book, binding.Sheet.Name, checked(limits.MaxRowsPerSheet + 1)).Skip(1))
        {
            var cells = new RowCells(binding.Sheet.Name, row, binding.Positions, issues);
            var mapped = map(cells);
            if (mapped.Key is { } key && !firstRowOfKey.TryAdd(key, row.Number))
            {
                cells.Report(keyColumn, string.Create(CultureInfo.InvariantCulture, $"Trùng với dòng {firstRowOfKey[key]} (cùng {keyLabel})"));
                continue;
            }

            if (mapped.Row is { } record && !cells.HasIssues)
            {
                rows.Add(record);
            }
        }

        return (rows, firstRowOfKey.Keys);
    }
}
