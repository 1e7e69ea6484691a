using System.Text.Json.Nodes;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.RuleSets;

/// <summary>An uploaded rule set: every error names its line; an override's difference is exactly what it changes (R-REG-4).</summary>
public class RuleSetUploadTests
{
    private const string Province = """
        {
          "id": "qd377-tinh-thu",
          "version": "2026.1",
          "extends": "qd377",
          "citations": ["Kế hoạch 12-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy"],
          "ageFloors": { "bySourceGroup": { "2": 120 } }
        }
        """;

    private static string? Base(string id) => RuleSetCatalog.BuiltInJson(id);

    [Fact]
    public void Check_ProvinceOverride_LoadsWithOnlyItsNumberChanged()
    {
        var result = RuleSetUpload.Check(Province, Base);
        Assert.Empty(result.Errors);
        Assert.Equal(120, result.RuleSet!.AgeFloors.BySourceGroup[2]);
        Assert.Equal("qd377", result.RuleSet.Extends);
        Assert.False(result.Resolved!.ContainsKey("extends"));

        var changes = RuleSetDifference.Compare(RuleSetParser.Resolve(Base("qd377")!, null), result.Resolved);
        Assert.Equal(["ageFloors.bySourceGroup.2 → 120", "citations"], changes.Select(c => c.Key == "citations" ? c.Key : $"{c.Key} → {c.After}"));
        Assert.Null(changes[0].Before);
    }

    [Fact]
    public void Check_SyntaxError_NamesTheReadersLine()
    {
        var broken = Province.Replace("\"version\": \"2026.1\",", "\"version\": \"2026.1\"", StringComparison.Ordinal);
        var error = Assert.Single(RuleSetUpload.Check(broken, Base).Errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("Dòng 4: Tệp không phải JSON hợp lệ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadValue_NamesTheLineOfItsKey()
    {
        var bad = Province.Replace("\"2\": 120", "\"2\": \"một trăm hai mươi\"", StringComparison.Ordinal).Replace("qd377-tinh-thu", "QĐ 377 tỉnh", StringComparison.Ordinal);
        var errors = RuleSetUpload.Check(bad, Base).Errors;
        Assert.Equal(["Dòng 2: id", "Dòng 6: ageFloors.bySourceGroup.2"], errors.Select(e => $"Dòng {e.Line}: {e.Key}"));
        Assert.Equal("Dòng 6: ageFloors.bySourceGroup.2: Phải là số nguyên.", errors[1].ToString());
    }

    [Fact]
    public void Check_UnknownBase_IsRefusedAtTheExtendsLine()
    {
        var error = Assert.Single(RuleSetUpload.Check(Province.Replace("\"extends\": \"qd377\"", "\"extends\": \"qd999\"", StringComparison.Ordinal), Base).Errors);
        Assert.Equal((4, "extends"), (error.Line, error.Key));
    }

    [Fact]
    public void Check_WithoutOwnCitation_IsRefused()
    {
        var json = JsonNode.Parse(Province)!.AsObject();
        json.Remove("citations");
        Assert.Contains(RuleSetUpload.Check(json.ToJsonString(), Base).Errors, e => e.Key == "citations");
    }

    [Fact]
    public void Qd377_MarksItsUnconfirmedNumbersWithTheirSource()
    {
        var qd377 = RuleSetCatalog.BuiltIn.Find("qd377")!;
        Assert.True(qd377.IsUnconfirmed("thresholds.final"));
        Assert.False(qd377.IsUnconfirmed("caps.cadresPerTitlePerTerm"));
        Assert.Contains("Quy định 50-QĐ/TW", qd377.UnconfirmedSource, StringComparison.Ordinal);
        Assert.Contains("chưa xác nhận", qd377.UnconfirmedFootnote("quorum", "thresholds.keyCadres"), StringComparison.Ordinal);
        Assert.Null(qd377.UnconfirmedFootnote("caps.cadresPerTitlePerTerm"));
        Assert.Null(RuleSetCatalog.BuiltIn.Find("qd50")!.UnconfirmedFootnote("quorum"));
    }
}
