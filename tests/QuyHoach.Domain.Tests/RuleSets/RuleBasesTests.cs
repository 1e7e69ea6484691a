using System.Reflection;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.RuleSets;

/// <summary>A reason's legal basis comes from the rule set that applies (ruleBases of docs/rules/rule-sets.md).</summary>
public class RuleBasesTests
{
    /// <summary>Every rule id a Domain rule gives as its basis (the static LegalBasis properties).</summary>
    public static TheoryData<string> DomainRuleIds()
    {
        var ids = typeof(LegalBasis).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(LegalBasis))
            .Select(p => ((LegalBasis)p.GetValue(null)!).RuleId)
            .Distinct()
            .Order(StringComparer.Ordinal);
        return [.. ids];
    }

    public static TheoryData<string, string> RuleSetsAndRules()
    {
        var data = new TheoryData<string, string>();
        foreach (var set in new[] { "qd50", "qd377", "qd50-nam-dinh" })
        {
            foreach (var id in DomainRuleIds())
            {
                // R-DIS-377 is QĐ 377's own policy (DisciplinePolicy qd377Cases) and R-STR-5 its own structure target
                // (a set without scienceTechnologyShare never warns about it); a QĐ 50 round never gives them.
                if (!(id is "R-DIS-377" or "R-STR-5" && set != "qd377"))
                {
                    data.Add(set, id);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleSetsAndRules))]
    public void EveryDomainRule_IsCitedFromItsRuleSetsOwnCatalogue(string setId, string ruleId)
    {
        var set = RuleSetCatalog.BuiltIn.Find(setId)!;
        var basis = set.Cite(LegalBasis.Of(ruleId));
        Assert.NotNull(basis.Document);
        var rule = set.RuleBases[ruleId];
        Assert.All(rule.Documents, n => Assert.Contains(set.LegalDocuments, d => d.Number == n));
        Assert.Contains(set.LegalDocuments, d => basis.Document!.Contains(d.Reference(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(DomainRuleIds))]
    public void Qd377_NeverCitesQd50(string ruleId)
    {
        var basis = RuleSetCatalog.BuiltIn.Find("qd377")!.Cite(LegalBasis.Of(ruleId));
        Assert.DoesNotContain("50-QĐ/TW", basis.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("qd50", "R-PRI-5", "R-PRI-5 · Quy định số 50-QĐ/TW ngày 27/12/2021, Điều 2, Điều 8")]
    [InlineData("qd377", "R-PRI-5", "R-PRI-5 · Quy định số 377-QĐ/TW ngày 08/10/2025")]
    [InlineData("qd50-nam-dinh", "R-AGE-3", "R-AGE-3 · Kế hoạch số 37-KH/TU ngày 25/03/2022; Kế hoạch số 331/KH-SCT ngày 04/04/2022, mục B.II.2 Kế hoạch 331/KH-SCT")]
    [InlineData("qd50", "R-AGE-3", "R-AGE-3 · Quy định số 50-QĐ/TW ngày 27/12/2021, Điều 7")]
    [InlineData("qd377", "R-AGE-4", "R-AGE-4 · Bộ luật Lao động số 45/2019/QH14 ngày 20/11/2019; Nghị định số 135/2020/NĐ-CP ngày 18/11/2020; Hướng dẫn số 06-HD/BTCTW ngày 26/07/2021, Điều 169 Bộ luật Lao động; Điều 3, Điều 4 Nghị định 135/2020/NĐ-CP; mục 1 Hướng dẫn 06-HD/BTCTW")]
    public void Cite_NamesTheDocumentsOfTheApplyingRuleSet(string setId, string ruleId, string expected) =>
        Assert.Equal(expected, RuleSetCatalog.BuiltIn.Find(setId)!.Cite(LegalBasis.Of(ruleId)).ToString());

    [Theory]
    [InlineData("qd50", "50-QĐ/TW")]
    [InlineData("qd377", "377-QĐ/TW")]
    public void Verdict_ReasonsCiteTheRuleSetOfTheRound(string setId, string regulation)
    {
        var set = RuleSetCatalog.BuiltIn.Find(setId)!;
        var reasons = set.Cite([new EligibilityReason("TITLE_CAP_REACHED", ReasonSeverity.Failure, "…", QuyHoach.Domain.Quotas.PlanCapRule.Basis)]);
        Assert.Contains(regulation, reasons.Single().Basis.Document, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleBases_CitingADocumentOutsideTheCatalogue_IsAnError()
    {
        var json = File.ReadAllText(Path.Combine(Conventions.DomainSource.Root, "src", "QuyHoach.Domain", "RuleSets", "Data", "qd50.json"))
            .Replace("\"R-PRI-5\": {\"documents\": [\"50-QĐ/TW\"]", "\"R-PRI-5\": {\"documents\": [\"99-QĐ/TW\"]", StringComparison.Ordinal);
        var result = RuleSetParser.Parse(json);
        Assert.Null(result.RuleSet);
        Assert.Contains(result.Errors, e => e.Key == "ruleBases.R-PRI-5.documents" && e.Message.Contains("99-QĐ/TW", StringComparison.Ordinal));
    }
}
