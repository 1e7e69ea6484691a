using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace QuyHoach.Data.Migrations;

/// <summary>One versioned SQL file from Migrations/Sql, named <c>NNNN_description.sql</c>.</summary>
public sealed record SqlMigration(int Version, string Name, string Sql)
{
    private const string Prefix = "QuyHoach.Migrations.";

    /// <summary>SHA-256 of the script, so an edited, already-applied migration is detected.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>Every migration embedded in this assembly, in version order.</summary>
    public static IReadOnlyList<SqlMigration> All { get; } = Load();

    private static List<SqlMigration> Load()
    {
        var assembly = typeof(SqlMigration).Assembly;
        var list = new List<SqlMigration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..^".sql".Length];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            list.Add(new SqlMigration(version, name, reader.ReadToEnd()));
        }

        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Version == list[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations share version {list[i].Version}.");
            }
        }

        return list;
    }
}
