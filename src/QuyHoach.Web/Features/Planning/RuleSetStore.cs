using System.Collections.Concurrent;
using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Web.Features.Planning;

/// <summary>The rule sets in use: the current version of every stored set, and each one's stored row.</summary>
public sealed record RuleSetShelf(RuleSetCatalog Catalog, IReadOnlyDictionary<string, Guid> VersionIds)
{
    /// <summary>The stored row of the current version of <paramref name="ruleSet"/>.</summary>
    public Guid? VersionIdOf(RuleSet ruleSet) => VersionIds.TryGetValue(ruleSet?.Id ?? "", out var id) ? id : null;
}

/// <summary>
/// Kho bộ quy tắc: the one reader of the stored rule sets (R-REG-4) that the app and the CLI share: the current version
/// of each set (its last activated one), and the version a round froze. A stored version never changes, so its parsed
/// form is kept in memory by row id.
/// </summary>
public static class RuleSetStore
{
    private static readonly ConcurrentDictionary<Guid, RuleSet> Parsed = new();

    /// <summary>The current version of every stored set, read now (an activation on another instance counts at once).</summary>
    public static async Task<RuleSetShelf> CurrentAsync(QuyHoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.RuleSetVersions.AsNoTracking().Where(r => r.ActivatedAt != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        var current = rows.GroupBy(r => r.RuleSetId).Select(g => g.MaxBy(r => r.ActivatedAt)!).ToList();
        if (current.Count == 0)
        {
            return new RuleSetShelf(RuleSetCatalog.BuiltIn, new Dictionary<string, Guid>());
        }

        return new RuleSetShelf(RuleSetCatalog.Of(current.Select(Parse)), current.ToDictionary(r => r.RuleSetId, r => r.Id, StringComparer.Ordinal));
    }

    /// <summary>The rule set of a stored version.</summary>
    public static RuleSet Parse(RuleSetRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Parsed.GetOrAdd(row.Id, _ =>
        {
            var result = RuleSetParser.Parse(row.Resolved);
            return result.RuleSet is { } set
                ? set with { Extends = row.ExtendsId }
                : throw new InvalidOperationException($"Stored rule set {row.RuleSetId}@{row.Version} no longer loads: " + string.Join("; ", result.Errors));
        });
    }
}
