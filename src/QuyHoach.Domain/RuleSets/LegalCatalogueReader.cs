using System.Text.Json.Nodes;

namespace QuyHoach.Domain.RuleSets;

/// <summary>Reads the <c>legalDocuments</c> section of a rule set (format in <c>docs/rules/rule-sets.md</c>).</summary>
internal static class LegalCatalogueReader
{
    private static readonly Dictionary<string, LegalDocumentUse> Uses = new(StringComparer.Ordinal)
    {
        ["all"] = LegalDocumentUse.All,
        ["party"] = LegalDocumentUse.Party,
        ["state"] = LegalDocumentUse.State,
        ["reasons"] = LegalDocumentUse.Reasons,
    };

    public static IReadOnlyList<LegalDocument> Read(JsonFieldReader r)
    {
        const string key = "legalDocuments";
        if (r.Node(key) is not JsonArray items)
        {
            r.Error(key, "Thiếu danh mục văn bản căn cứ (mảng legalDocuments).");
            return [];
        }

        var documents = new List<LegalDocument>();
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"{key}[{i}]";
            if (items[i] is not JsonObject item)
            {
                r.Error(at, "Mỗi văn bản căn cứ phải là một đối tượng.");
                continue;
            }

            var one = new JsonFieldReader(item);
            var document = new LegalDocument(
                one.String("kind"),
                one.OptionalString("number"),
                one.OptionalDate("date"),
                one.OptionalString("issuer"),
                one.String("name"),
                one.Node("use") is null ? LegalDocumentUse.All : one.Enum("use", Uses));
            if ((document.Number is null) != (document.Date is null))
            {
                one.Error("date", "Số và ngày ban hành phải cùng có hoặc cùng không.");
            }

            r.Errors.AddRange(one.Errors.Select(e => new RuleSetError($"{at}.{e.Key}", e.Message)));
            documents.Add(document);
        }

        return documents;
    }
}
