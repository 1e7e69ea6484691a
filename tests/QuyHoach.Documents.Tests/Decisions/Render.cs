using QuyHoach.Documents.Tests.Minutes;

namespace QuyHoach.Documents.Tests.Decisions;

/// <summary>Writes a document to memory and reads it back as a reader sees it.</summary>
internal static class Render
{
    public static WordText Word<T>(Action<Stream, T> write, T model)
    {
        using var stream = new MemoryStream();
        write(stream, model);
        return WordText.Read(stream);
    }

    /// <summary>The second cell (the name) of every row that has one, in document order.</summary>
    public static List<string> Names(WordText text, int column = 1) =>
        [.. text.Rows.Where(r => r.Count > column && r[0].Length > 0 && char.IsAsciiDigit(r[0][0])).Select(r => r[column])];

    /// <summary>The lines of a cell, blank lines left out.</summary>
    public static List<string> Lines(string cell) => [.. cell.Split('\n').Where(l => l.Length > 0)];
}
