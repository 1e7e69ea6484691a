using System.Text.RegularExpressions;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Web.Tests.Conformance;

/// <summary>
/// The legal bases of generated documents against their round's rule set: each document with bases cites exactly the
/// catalogue's lines for its layout, in order; no document names a Party regulation the catalogue does not hold.
/// </summary>
internal static partial class LegalBasesCheck
{
    public static List<string> Check(IReadOnlyList<GeneratedDocument> documents, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var failures = new List<string>();
        var catalogue = string.Join("\n", ruleSet.BasisLines(true).Concat(ruleSet.BasisLines(false)));
        foreach (var document in documents)
        {
            if (document.IsDecision || document.Kind == GeneratedKind.Submission)
            {
                var cited = document.Paragraphs.Select(p => p.InnerText.TrimStart('-', ' ')).Where(t => t.StartsWith("Căn cứ", StringComparison.Ordinal)).ToList();
                var expected = ruleSet.BasisLines(document.Party);
                if (!cited.SequenceEqual(expected))
                {
                    failures.Add($"{document.Url}: căn cứ [{string.Join(" | ", cited)}], bộ quy tắc {ruleSet.Id} có [{string.Join(" | ", expected)}]");
                }
            }

            foreach (Match match in Regulation().Matches(string.Join("\n", document.AllText)))
            {
                if (!catalogue.Contains(match.Value, StringComparison.Ordinal))
                {
                    failures.Add($"{document.Url}: nêu {match.Value}, không có trong danh mục của {ruleSet.Id}");
                }
            }
        }

        return failures;
    }

    /// <summary>Party regulations and guidance by number: "50-QĐ/TW", "16-HD/BTCTW", "377-QĐ/TW".</summary>
    [GeneratedRegex(@"\d+-(QĐ|HD)/(TW|BTCTW)")]
    private static partial Regex Regulation();
}
