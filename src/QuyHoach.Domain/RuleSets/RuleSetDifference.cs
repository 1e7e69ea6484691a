using System.Text.Json.Nodes;

namespace QuyHoach.Domain.RuleSets;

/// <summary>Một thay đổi: one value a rule set changes against the set it derives from.</summary>
/// <param name="Key">Dotted key, e.g. <c>ageFloors.nextTermMinimumMonths</c>.</param>
/// <param name="Before">The value in the set it derives from, as compact JSON; null when the key is new.</param>
/// <param name="After">The value in this set, as compact JSON; null when the key is gone.</param>
public sealed record RuleSetChange(string Key, string? Before, string? After);

/// <summary>
/// Khác biệt giữa hai bộ quy tắc: every leaf value that differs between two complete (resolved) rule-set documents,
/// in key order (R-REG-4). Objects are compared key by key; arrays and plain values as a whole.
/// </summary>
public static class RuleSetDifference
{
    private static readonly HashSet<string> Identity = new(StringComparer.Ordinal) { "id", "version", "extends" };

    /// <summary>The changes from <paramref name="before"/> (null: nothing, every value is new) to <paramref name="after"/>.</summary>
    public static IReadOnlyList<RuleSetChange> Compare(JsonObject? before, JsonObject after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<RuleSetChange>();
        Walk(before, after, "", changes);
        return [.. changes.OrderBy(c => c.Key, StringComparer.Ordinal)];
    }

    private static void Walk(JsonObject? before, JsonObject? after, string prefix, List<RuleSetChange> changes)
    {
        var keys = (before?.Select(p => p.Key) ?? []).Union(after?.Select(p => p.Key) ?? [], StringComparer.Ordinal);
        foreach (var name in keys)
        {
            var key = prefix.Length == 0 ? name : prefix + "." + name;
            if (prefix.Length == 0 && Identity.Contains(name))
            {
                continue;
            }

            var (b, a) = (before?[name], after?[name]);
            if (b is JsonObject bo && a is JsonObject ao)
            {
                Walk(bo, ao, key, changes);
                continue;
            }

            var (bt, at) = (b?.ToJsonString(), a?.ToJsonString());
            if (!string.Equals(bt, at, StringComparison.Ordinal))
            {
                changes.Add(new RuleSetChange(key, bt, at));
            }
        }
    }
}
