using System.Security.Cryptography;
using System.Text;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Data.RuleSets;

/// <summary>
/// Bộ quy tắc có sẵn: writes the rule sets embedded in the application into the store as activated versions (R-REG-4)
/// when their id and version are not there yet, and points rounds that froze one of them at its row. Safe to run from
/// several instances at once (INSERT … ON CONFLICT DO NOTHING); an administrator's later activation is kept.
/// </summary>
public static class RuleSetSeeder
{
    public static async Task SeedAsync(QuyHoachDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var set in RuleSetCatalog.BuiltIn.All)
        {
            var text = RuleSetCatalog.BuiltInJson(set.Id)!;
            var resolved = RuleSetParser.Resolve(text, RuleSetCatalog.BuiltInJson)!;
            resolved.Remove("extends");
            var baseVersion = set.Extends is { } parent ? RuleSetCatalog.BuiltIn.Find(parent)?.Version : null;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO rule_set_versions (id, rule_set_id, version, extends_id, extends_version, effective_from, document, resolved, sha256, built_in, uploaded_at, activated_at)
                VALUES ({Guid.CreateVersion7()}, {set.Id}, {set.Version}, {set.Extends}, {baseVersion}, {set.EffectiveFrom}, {text}, {resolved.ToJsonString()}, {Sha256(text)}, true, {now}, {now})
                ON CONFLICT (rule_set_id, version) DO NOTHING
                """, cancellationToken).ConfigureAwait(false);
        }

        await db.Database.ExecuteSqlRawAsync(
            """
            UPDATE planning_rounds r SET rule_set_version_id = v.id
            FROM rule_set_versions v
            WHERE r.rule_set_version_id IS NULL AND r.rule_set_id = v.rule_set_id AND r.rule_set_version = v.version
            """, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The hex SHA-256 of a document's text (UTF-8): the same file is the same version.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
