using System.Text.Json.Nodes;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.RuleSets;

/// <summary>
/// Văn bản căn cứ from the rule set: each built-in set cites its own regulation, the Party Charter only in Party
/// documents, a province override's plans appended to its base's, every line ending with ";".
/// </summary>
public class LegalCatalogueTests
{
    [Theory]
    [InlineData("qd50", true, "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;|Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;|Căn cứ Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương về một số nội dung cụ thể về công tác quy hoạch cán bộ;")]
    [InlineData("qd50", false, "Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;|Căn cứ Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương về một số nội dung cụ thể về công tác quy hoạch cán bộ;")]
    [InlineData("qd377", true, "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;|Căn cứ Quy định số 377-QĐ/TW ngày 08/10/2025 của Bộ Chính trị về phân cấp quản lý cán bộ và quy hoạch, bổ nhiệm, giới thiệu ứng cử, tạm đình chỉ công tác, cho thôi giữ chức vụ, từ chức, miễn nhiệm đối với cán bộ;")]
    public void BasisLines_BuiltIn_CiteTheirOwnRegulation(string id, bool party, string expected) =>
        Assert.Equal(expected.Split('|'), RuleSetCatalog.BuiltIn.Find(id)!.BasisLines(party));

    [Fact]
    public void BasisLines_ProvinceOverride_BaseThenItsPlans()
    {
        var state = RuleSetCatalog.BuiltIn.Find("qd50-nam-dinh")!.BasisLines(party: false);
        var party = RuleSetCatalog.BuiltIn.Find("qd50-nam-dinh")!.BasisLines(party: true);

        Assert.Equal(4, state.Count);
        Assert.StartsWith("Căn cứ Quy định số 50-QĐ/TW", state[0], StringComparison.Ordinal);
        Assert.StartsWith("Căn cứ Kế hoạch số 331/KH-SCT ngày 04/04/2022 của Sở Công Thương tỉnh Nam Định", state[3], StringComparison.Ordinal);
        Assert.Equal(4, party.Count);
        Assert.DoesNotContain(party, l => l.Contains("331/KH-SCT", StringComparison.Ordinal));
        Assert.All(state.Concat(party), l => Assert.EndsWith(";", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[{\"kind\":\"Quy định\",\"number\":\"50-QĐ/TW\",\"issuer\":\"Bộ Chính trị\",\"name\":\"x\"}]", "legalDocuments[0].date")]
    [InlineData("[{\"number\":\"50-QĐ/TW\",\"date\":\"2021-12-27\",\"name\":\"x\"}]", "legalDocuments[0].kind")]
    [InlineData("[{\"kind\":\"Điều lệ\",\"name\":\"x\",\"use\":\"tw\"}]", "legalDocuments[0].use")]
    [InlineData("{}", "legalDocuments")]
    public void Parse_BadLegalDocument_NamesKey(string value, string key)
    {
        using var stream = typeof(RuleSetParser).Assembly.GetManifestResourceStream("QuyHoach.RuleSets.qd50.json")!;
        var root = JsonNode.Parse(stream)!.AsObject();
        root["legalDocuments"] = JsonNode.Parse(value);

        var result = RuleSetParser.Parse(root.ToJsonString());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Key == key);
    }
}
