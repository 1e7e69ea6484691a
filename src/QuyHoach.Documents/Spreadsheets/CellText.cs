namespace QuyHoach.Documents.Spreadsheets;

/// <summary>
/// Text for a spreadsheet cell that can never be read as a formula, even after the file is re-saved as CSV and
/// reopened (CSV/formula injection): a value starting with <c>= + - @</c>, a tab or a carriage return is prefixed
/// with an apostrophe, which spreadsheet programs show as plain text.
/// </summary>
public static class CellText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Safe(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
    }
}
