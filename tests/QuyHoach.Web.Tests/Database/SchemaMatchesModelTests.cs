using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using QuyHoach.Data;
using QuyHoach.Data.Migrations;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Database;

/// <summary>
/// The SQL migrations own the schema and EF Core reads and writes it: both must describe the same tables, columns
/// (type, nullability), keys and indexes, or queries fail at run time.
/// </summary>
public sealed class SchemaMatchesModelTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.CreateEmptyAsync();
        await MigrationRunner.MigrateAsync(_connectionString);
    }

    public Task DisposeAsync() => TestDatabase.DropAsync(_connectionString);

    [Fact]
    public async Task Tables_ModelAndMigrations_Agree()
    {
        var expected = ModelTables().Keys.Order().ToList();
        var actual = (await QueryAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_history'"))
            .Select(r => r[0]).Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Columns_ModelAndMigrations_AgreeOnTypeAndNullability()
    {
        var expected = ModelTables()
            // xmin is PostgreSQL's own system column (the concurrency token of edited records): no migration creates it.
            .SelectMany(t => t.Value.Columns.Where(c => c.Name != "xmin").Select(c => $"{t.Key}.{c.Name} {Normalise(c.StoreType)} {(c.IsNullable ? "null" : "not null")}"))
            .Order().ToList();
        var actual = (await QueryAsync("""
            SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod), c.is_nullable
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass AND a.attname = c.column_name
            WHERE c.table_schema = 'public' AND c.table_name <> 'schema_history'
            """))
            .Select(r => $"{r[0]}.{r[1]} {Normalise(r[2])} {(r[3] == "YES" ? "null" : "not null")}")
            .Order().ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task KeysAndIndexes_ModelAndMigrations_Agree()
    {
        var expected = new List<string>();
        foreach (var (name, table) in ModelTables())
        {
            expected.AddRange(table.UniqueConstraints.Select(k => $"{name}: {(k.GetIsPrimaryKey() ? "pk" : "unique")} {k.Name} ({string.Join(",", k.Columns.Select(c => c.Name))})"));
            expected.AddRange(table.Indexes.Select(i => $"{name}: {(i.IsUnique ? "unique index" : "index")} {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}){Included(i)}"));
            expected.AddRange(table.ForeignKeyConstraints.Select(f => $"{name}: fk {f.Name} ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name}"));
        }

        var actual = new List<string>();
        actual.AddRange((await QueryAsync("""
            SELECT t.relname, CASE WHEN ix.indisprimary THEN 'pk' WHEN ix.indisunique AND con.oid IS NOT NULL THEN 'unique' WHEN ix.indisunique THEN 'unique index' ELSE 'index' END,
                   i.relname,
                   string_agg(a.attname, ',' ORDER BY array_position(ix.indkey::int2[], a.attnum)) FILTER (WHERE array_position(ix.indkey::int2[], a.attnum) - array_lower(ix.indkey::int2[], 1) < ix.indnkeyatts),
                   coalesce(' include (' || string_agg(a.attname, ',' ORDER BY array_position(ix.indkey::int2[], a.attnum)) FILTER (WHERE array_position(ix.indkey::int2[], a.attnum) - array_lower(ix.indkey::int2[], 1) >= ix.indnkeyatts) || ')', '')
            FROM pg_index ix
            JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(ix.indkey)
            LEFT JOIN pg_constraint con ON con.conindid = ix.indexrelid AND con.contype = 'u'
            WHERE n.nspname = 'public' AND t.relname <> 'schema_history'
            GROUP BY t.relname, ix.indisprimary, ix.indisunique, ix.indnkeyatts, con.oid, i.relname
            """)).Select(r => $"{r[0]}: {r[1]} {r[2]} ({r[3]}){r[4]}"));
        actual.AddRange((await QueryAsync("""
            SELECT t.relname, con.conname, string_agg(a.attname, ',' ORDER BY array_position(con.conkey, a.attnum)), p.relname
            FROM pg_constraint con
            JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class p ON p.oid = con.confrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(con.conkey)
            WHERE con.contype = 'f' AND n.nspname = 'public'
            GROUP BY t.relname, con.conname, p.relname
            """)).Select(r => $"{r[0]}: fk {r[1]} ({r[2]}) -> {r[3]}"));
        Assert.Equal(expected.Order().ToList(), actual.Order().ToList());
    }

    /// <summary>The covering columns of an index (INCLUDE), as the catalogue lists them after the key columns.</summary>
    private static string Included(ITableIndex index)
    {
        var source = index.MappedIndexes.First();
        var included = source.GetIncludeProperties();
        return included is { Count: > 0 }
            ? " include (" + string.Join(",", included.Select(p => source.DeclaringEntityType.FindProperty(p)!.GetColumnName())) + ")"
            : "";
    }

    private static Dictionary<string, ITable> ModelTables()
    {
        var options = new DbContextOptionsBuilder<QuyHoachDbContext>().UseNpgsql("Host=unused").Options;
        using var db = new QuyHoachDbContext(options);
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.ToDictionary(t => t.Name);
    }

    private static string Normalise(string type) => type
        .Replace("timestamp with time zone", "timestamptz", StringComparison.Ordinal)
        .Replace("character varying", "varchar", StringComparison.Ordinal);

    private async Task<List<string[]>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString() ?? "").ToArray());
        }

        return rows;
    }
}
