namespace QuyHoach.Cli.Commands.Generate;

/// <summary>Binary COPY of rows given as value arrays (null for SQL NULL), the one way the generator writes.</summary>
internal static class Copy
{
    /// <summary>The moment every generated row is stamped with, so a seed gives the same database.</summary>
    public static DateTimeOffset Stamp { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Copies <paramref name="rows"/> into <paramref name="table"/> (<c>name (col, …)</c>); returns the count.</summary>
    public static async Task<long> RowsAsync(NpgsqlConnection connection, string table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.WriteRowAsync(cancellationToken, row).ConfigureAwait(false);
        }

        return (long)await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
