using System.Collections.Concurrent;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Data.RuleSets;

/// <summary>The rule sets in use: the current version of every stored set, and each one's stored row.</summary>
public sealed record RuleSetShelf(RuleSetCatalog Catalog, IReadOnlyDictionary<string, Guid> VersionIds)
{
    /// <summary>The stored row of the current version of <paramref name="ruleSet"/>.</summary>
    public Guid? VersionIdOf(RuleSet ruleSet) => VersionIds.TryGetValue(ruleSet?.Id ?? "", out var id) ? id : null;
}

/// <summary>
/// Kho bộ quy tắc: the one reader of the stored rule sets (R-REG-4) that the app and the CLI share: the current version
/// of each set (its last activated one; the one in force on a day is then chosen by its effective date, R-REG-1), and
/// the version a round froze. A stored version never changes, so its parsed form is kept in memory by row id. An empty
/// store (a database the app has not started on yet) reads as the built-in sets.
/// </summary>
public static class RuleSetStore
{
    private static readonly ConcurrentDictionary<Guid, RuleSet> Parsed = new();

    /// <summary>The current version of every stored set, read now (an activation on another instance counts at once).</summary>
    public static async Task<RuleSetShelf> CurrentAsync(QuyHoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await CurrentRowsAsync(db, cancellationToken).ConfigureAwait(false);
        if (current.Count == 0)
        {
            return new RuleSetShelf(RuleSetCatalog.BuiltIn, new Dictionary<string, Guid>());
        }

        return new RuleSetShelf(RuleSetCatalog.Of(current.Select(Parse)), current.ToDictionary(r => r.RuleSetId, r => r.Id, StringComparer.Ordinal));
    }

    /// <summary>
    /// The document a set's id resolves to for a file that extends it: the resolved JSON of its current stored version,
    /// else the built-in file.
    /// </summary>
    public static async Task<Func<string, string?>> BaseTextsAsync(QuyHoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var texts = (await CurrentRowsAsync(db, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.RuleSetId, r => r.Resolved, StringComparer.Ordinal);
        return id => texts.TryGetValue(id, out var text) ? text : RuleSetCatalog.BuiltInJson(id);
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

    /// <summary>The parsed set of stored version <paramref name="versionId"/> when it was read before, else null.</summary>
    public static RuleSet? Known(Guid versionId) => Parsed.GetValueOrDefault(versionId);

    /// <summary>
    /// Reads and keeps the stored versions of <paramref name="versionIds"/> not yet parsed, so that <see cref="Known"/>
    /// answers for each: lists of rounds then read without their frozen row (two JSON documents of about 10 KB each).
    /// </summary>
    public static async Task KeepAsync(QuyHoachDbContext db, IEnumerable<Guid?> versionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var missing = versionIds.OfType<Guid>().Distinct().Where(id => !Parsed.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var row in await db.RuleSetVersions.AsNoTracking().Where(r => missing.Contains(r.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                Parse(row);
            }
        }
    }

    /// <summary>The current stored version of each set: its last activated one.</summary>
    private static async Task<List<RuleSetRecord>> CurrentRowsAsync(QuyHoachDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.RuleSetVersions.AsNoTracking().Where(r => r.ActivatedAt != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.GroupBy(r => r.RuleSetId).Select(g => g.MaxBy(r => r.ActivatedAt)!)];
    }
}
