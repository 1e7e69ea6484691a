using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuyHoach.Domain.RuleSets;

/// <summary>
/// Danh mục bộ quy tắc: the loaded rule sets, selection by id and by the date a round starts (R-REG-1, docs/rules/rule-sets.md).
/// </summary>
/// <remarks>
/// Only base sets (without <c>extends</c>) are selected by date; province overrides are chosen by id. A base set
/// without <c>effectiveTo</c> runs until the next base set's <c>effectiveFrom</c>; explicit ranges must not overlap.
/// </remarks>
public sealed class RuleSetCatalog
{
    private readonly RuleSet[] _sets;

    private RuleSetCatalog(RuleSet[] sets) => _sets = sets;

    private static readonly Dictionary<string, string> BuiltInDocuments = ReadBuiltInDocuments();

    /// <summary>The rule sets embedded in the Domain assembly (<c>RuleSets/Data/*.json</c>).</summary>
    public static RuleSetCatalog BuiltIn { get; } = LoadBuiltIn();

    /// <summary>The JSON text of the embedded rule set <paramref name="id"/> (a base for province overrides), or null.</summary>
    public static string? BuiltInJson(string id)
    {
        foreach (var text in BuiltInDocuments.Values)
        {
            if (IdOf(text) == id)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>Every rule set, base sets by effective date first.</summary>
    public IReadOnlyList<RuleSet> All => _sets;

    /// <summary>The newest base set.</summary>
    public RuleSet Newest => _sets.Where(s => s.Extends is null).MaxBy(s => s.EffectiveFrom)!;

    /// <summary>The set with <paramref name="id"/>, or null.</summary>
    public RuleSet? Find(string id) => Array.Find(_sets, s => s.Id == id);

    /// <summary>The base set in force for a round whose first conference is on <paramref name="roundStart"/>; null
    /// before the first set.</summary>
    public RuleSet? InForceOn(DateOnly roundStart) =>
        _sets.Where(s => s.Extends is null && s.EffectiveFrom <= roundStart && (s.EffectiveTo is null || roundStart <= s.EffectiveTo))
            .MaxBy(s => s.EffectiveFrom);

    /// <summary>Builds a catalog from JSON documents keyed by file name, reporting every error.</summary>
    public static (RuleSetCatalog? Catalog, IReadOnlyList<RuleSetError> Errors) Create(IReadOnlyDictionary<string, string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var errors = new List<RuleSetError>();
        var sets = new List<RuleSet>();
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in documents.Values)
        {
            if (IdOf(text) is { } id)
            {
                byId.TryAdd(id, text);
            }
        }

        string? BaseText(string id) => byId.GetValueOrDefault(id);
        foreach (var (name, text) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var result = RuleSetParser.Parse(text, BaseText);
            errors.AddRange(result.Errors.Select(e => e with { Key = $"{name}:{e.Key}" }));
            if (result.RuleSet is { } set)
            {
                sets.Add(set);
            }
        }

        foreach (var dup in sets.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new RuleSetError("id", $"Mã bộ quy tắc \"{dup.Key}\" bị trùng."));
        }

        var bases = sets.Where(s => s.Extends is null).OrderBy(s => s.EffectiveFrom).ToArray();
        for (var i = 1; i < bases.Length; i++)
        {
            var previous = bases[i - 1];
            if (previous.EffectiveFrom == bases[i].EffectiveFrom || (previous.EffectiveTo is { } to && to >= bases[i].EffectiveFrom))
            {
                errors.Add(new RuleSetError("effectiveFrom", $"Thời gian hiệu lực của \"{previous.Id}\" và \"{bases[i].Id}\" chồng lấn nhau."));
            }
        }

        return errors.Count == 0
            ? (new RuleSetCatalog([.. bases, .. sets.Where(s => s.Extends is not null)]), [])
            : (null, errors);
    }

    /// <summary>
    /// A catalog of rule sets already loaded (the current version of each stored set, R-REG-4): base sets by effective
    /// date first, then overrides.
    /// </summary>
    public static RuleSetCatalog Of(IEnumerable<RuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var all = sets.ToList();
        return new RuleSetCatalog([.. all.Where(s => s.Extends is null).OrderBy(s => s.EffectiveFrom), .. all.Where(s => s.Extends is not null).OrderBy(s => s.Id, StringComparer.Ordinal)]);
    }

    /// <summary>The JSON texts of the embedded rule sets, by id.</summary>
    public static IReadOnlyDictionary<string, string> BuiltInTexts() =>
        BuiltInDocuments.Values.Select(t => (Id: IdOf(t), Text: t)).Where(p => p.Id is not null).ToDictionary(p => p.Id!, p => p.Text, StringComparer.Ordinal);

    private static string? IdOf(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> ReadBuiltInDocuments()
    {
        const string prefix = "QuyHoach.RuleSets.";
        var assembly = typeof(RuleSetCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .ToDictionary(n => n[prefix.Length..^".json".Length], n => ReadResource(assembly, n), StringComparer.Ordinal);
    }

    private static RuleSetCatalog LoadBuiltIn()
    {
        var (catalog, errors) = Create(BuiltInDocuments);
        return catalog ?? throw new InvalidOperationException("Bộ quy tắc nhúng không hợp lệ: " + string.Join("; ", errors));
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
