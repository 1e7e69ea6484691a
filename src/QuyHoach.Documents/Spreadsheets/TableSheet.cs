namespace QuyHoach.Documents.Spreadsheets;

/// <summary>One column of a written table: its header, width and how its cells are formatted.</summary>
/// <param name="Header">Header text, shown bold in the frozen first row.</param>
/// <param name="Width">Width in Excel character units.</param>
/// <param name="Text">
/// Format the whole column as Text (<c>@</c>), so that what a person types later (codes with leading zeros,
/// <c>01/02/1975</c>) stays exactly as typed instead of being turned into a number or a locale-dependent date.
/// </param>
/// <param name="Wrap">Wrap long text inside the cell (guide sheets).</param>
public sealed record SheetColumn(string Header, double Width = 16, bool Text = false, bool Wrap = false);

/// <summary>One sheet of a written workbook: a header row and text rows.</summary>
/// <param name="Name">Sheet name (cut to Excel's 31 characters).</param>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">Rows of cell texts; a row may be shorter than <paramref name="Columns"/>.</param>
public sealed record TableSheet(string Name, IReadOnlyList<SheetColumn> Columns, IEnumerable<IReadOnlyList<string?>> Rows);
