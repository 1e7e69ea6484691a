using System.Text.Json.Nodes;

namespace QuyHoach.Domain.RuleSets;

/// <summary>Căn cứ của một quy tắc: the documents (by number, from the catalogue) and the article a rule rests on.</summary>
/// <param name="Documents">Numbers of documents of the rule set's <c>legalDocuments</c>, e.g. "50-QĐ/TW".</param>
/// <param name="Article">Article, clause or section where known, e.g. "Điều 8".</param>
public sealed record RuleBasis(IReadOnlyList<string> Documents, string? Article);

/// <summary>
/// Reads the <c>ruleBases</c> section of a rule set (format in <c>docs/rules/rule-sets.md</c>): rule id →
/// <c>{documents: [number…], article?}</c>. Every number must be one of the rule set's own catalogue.
/// </summary>
internal static class RuleBasesReader
{
    public static IReadOnlyDictionary<string, RuleBasis> Read(JsonFieldReader r, IReadOnlyList<LegalDocument> catalogue)
    {
        const string key = "ruleBases";
        if (r.Node(key) is not JsonObject items)
        {
            r.Error(key, "Thiếu căn cứ của các quy tắc (đối tượng ruleBases).");
            return new Dictionary<string, RuleBasis>();
        }

        var numbers = catalogue.Where(d => d.Number is not null).Select(d => d.Number!).ToHashSet(StringComparer.Ordinal);
        var bases = new Dictionary<string, RuleBasis>(StringComparer.Ordinal);
        foreach (var (ruleId, node) in items)
        {
            var at = $"{key}.{ruleId}";
            if (node is not JsonObject item)
            {
                r.Error(at, "Căn cứ của một quy tắc phải là một đối tượng.");
                continue;
            }

            var one = new JsonFieldReader(item);
            var documents = one.Strings("documents");
            var article = one.OptionalString("article");
            if (documents.Count == 0)
            {
                one.Error("documents", "Phải có ít nhất một văn bản.");
            }

            foreach (var number in documents.Where(n => !numbers.Contains(n)))
            {
                one.Error("documents", $"Văn bản \"{number}\" không có trong danh mục văn bản căn cứ (legalDocuments).");
            }

            r.Errors.AddRange(one.Errors.Select(e => new RuleSetError($"{at}.{e.Key}", e.Message)));
            bases[ruleId] = new RuleBasis(documents, article);
        }

        return bases;
    }
}
