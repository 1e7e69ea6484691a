namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// An expectation written as a table: a header of column names, then one row per role with one cell per column,
/// separated by <c>|</c>. Tests read it back as (role, column, expected) triples and compare the whole table at once,
/// so a failure shows every cell that differs.
/// </summary>
public static class RoleMatrix
{
    public static IReadOnlyList<(string Role, string Column, string Expected)> Parse(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)).ToList();
        var columns = rows[0][1..];
        return rows.Skip(1).SelectMany(row => columns.Select((column, i) => (row[0], column, row[i + 1]))).ToList();
    }

    /// <summary>The table again, with the cells <paramref name="actual"/> gives, for a readable Assert.Equal.</summary>
    public static string Render(string table, Func<string, string, string> actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var cells = Parse(table);
        var columns = cells.Select(c => c.Column).Distinct().ToList();
        var lines = cells.GroupBy(c => c.Role).Select(g => $"{g.Key} | {string.Join(" | ", columns.Select(col => actual(g.Key, col)))}");
        return string.Join('\n', lines);
    }

    public static string Expected(string table) => Render(table, (role, column) => Parse(table).Single(c => c.Role == role && c.Column == column).Expected);
}
