using System.Collections;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// The cadres an import creates, with their histories, written by binary COPY in the import's transaction instead of
/// one INSERT per row (a workbook of 20,000 cadres is some 100,000 rows): the columns and their values are the EF
/// model's own (names, value conversions), so a row written here is the row SaveChanges would have written. A code
/// taken meanwhile by another writer fails as SaveChanges fails (<see cref="DbUpdateException"/> over PostgreSQL's
/// unique violation), so a double submit is answered as before.
/// </summary>
internal static class NewRowsCopy
{
    /// <summary>Writes <paramref name="cadres"/>, then every row of their history collections; returns the rows written.</summary>
    public static async Task<long> WriteAsync(QuyHoachDbContext db, IReadOnlyCollection<Cadre> cadres, CancellationToken cancellationToken)
    {
        if (cadres.Count == 0)
        {
            return 0;
        }

        var cadreType = db.Model.FindEntityType(typeof(Cadre))!;
        try
        {
            var written = await RowsAsync(db, cadreType, cadres, cancellationToken).ConfigureAwait(false);
            foreach (var history in cadreType.GetNavigations().Where(n => n.IsCollection))
            {
                var rows = cadres.SelectMany(c => ((IEnumerable?)history.GetGetter().GetClrValue(c))?.Cast<object>() ?? []).ToList();
                written += await RowsAsync(db, history.TargetEntityType, rows, cancellationToken).ConfigureAwait(false);
            }

            return written;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new DbUpdateException("An imported row is already in the database.", ex);
        }
    }

    private static async Task<long> RowsAsync(QuyHoachDbContext db, IEntityType type, IReadOnlyCollection<object> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // xmin (the row version) is PostgreSQL's to write.
        var columns = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate).ToList();
        var names = string.Join(", ", columns.Select(p => Quoted(p.GetColumnName(table)!)));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {Quoted(table.Name)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        var values = new object?[columns.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].GetGetter().GetClrValue(row);
                values[i] = value is null ? null : columns[i].GetTypeMapping().Converter?.ConvertToProvider(value) ?? value;
            }

            await importer.WriteRowAsync(cancellationToken, values).ConfigureAwait(false);
        }

        return (long)await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
