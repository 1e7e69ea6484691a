using QuyHoach.Documents.Registry.Columns;

namespace QuyHoach.Documents.Registry.Reading;

/// <summary>
/// A sheet's header row matched to its column definitions. Headers are matched by name, ignoring case, diacritics,
/// spacing and the <c>*</c> of required columns, so reordered or retyped headers still work; other columns are
/// ignored.
/// </summary>
internal sealed record SheetBinding(RegistrySheet Sheet, IReadOnlyDictionary<RegistryColumn, int> Positions)
{
    /// <summary>Binds every sheet of the file, or refuses the file naming every missing sheet and header at once.</summary>
    public static List<SheetBinding> BindAll(WorkbookIndex book)
    {
        var missingSheets = RegistrySheets.All.Where(s => s.Required && book.Sheet(s.Name) is null).Select(s => s.Name).ToList();
        if (missingSheets.Count > 0)
        {
            throw new ImportRefusedException(RefusalMessages.MissingSheets(missingSheets));
        }

        var bindings = new List<SheetBinding>();
        var problems = new List<string>();
        foreach (var sheet in RegistrySheets.All.Where(s => book.Sheet(s.Name) is not null))
        {
            var header = SheetRowReader.Read(book, sheet.Name, int.MaxValue).FirstOrDefault();
            var positions = new Dictionary<RegistryColumn, int>();
            foreach (var (index, cell) in header?.Cells ?? new Dictionary<int, SheetCell>())
            {
                var folded = VietnameseText.Fold(cell.Text.Replace("*", "", StringComparison.Ordinal));
                if (sheet.Columns.FirstOrDefault(c => VietnameseText.Fold(c.Header) == folded) is { } column && !positions.TryAdd(column, index))
                {
                    problems.Add($"sheet {sheet.Name} có cột \"{column.Header}\" hai lần");
                }
            }

            var missing = sheet.Columns.Where(c => c.Required && !positions.ContainsKey(c)).Select(c => c.Header).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"sheet {sheet.Name} thiếu cột {string.Join(", ", missing)}");
            }

            bindings.Add(new SheetBinding(sheet, positions));
        }

        return problems.Count > 0 ? throw new ImportRefusedException(RefusalMessages.MissingHeaders(problems)) : bindings;
    }
}
