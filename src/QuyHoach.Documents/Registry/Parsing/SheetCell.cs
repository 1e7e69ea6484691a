namespace QuyHoach.Documents.Registry.Parsing;

/// <summary>How a cell's value was stored in the file.</summary>
internal enum SheetCellKind
{
    /// <summary>A string (shared, inline, or a boolean shown as text).</summary>
    Text,

    /// <summary>A number without a date format; <see cref="SheetCell.Text"/> is its invariant form ("85.5").</summary>
    Number,

    /// <summary>A number with a date format, already converted to a date.</summary>
    Date,

    /// <summary>An error value such as <c>#N/A</c>.</summary>
    Error,
}

/// <summary>A non-empty cell as read from the sheet, before any column parser sees it.</summary>
internal readonly record struct SheetCell(SheetCellKind Kind, string Text, DateOnly Date = default);
