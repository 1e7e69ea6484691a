using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Decisions;

/// <summary>
/// The wording an office signs: numbers per layout and series (HD 36-HD/VPTW, NĐ 30/2020), the signer's lines, Điều 3
/// naming the people of Điều 1 once, and the proposer's line after the bases.
/// </summary>
public class OfficialWordingTests
{
    [Theory]
    [InlineData(BodyKind.Party, "1520-QĐ/TU", "Số 1520-QĐ/TU")]
    [InlineData(BodyKind.Party, "Số 1520-QĐ/TU", "Số 1520-QĐ/TU")]
    [InlineData(BodyKind.State, "15/QĐ-SCT", "Số: 15/QĐ-SCT")]
    [InlineData(BodyKind.State, "Số: 15/QĐ-SCT", "Số: 15/QĐ-SCT")]
    public void Recorded_PerLayout_SoPrefix(BodyKind kind, string recorded, string expected) =>
        Assert.Equal(expected, DocumentNumber.Recorded(kind, recorded));

    [Theory]
    [InlineData(BodyKind.Party, "TTr", "BTCTU", "Số      -TTr/BTCTU")]
    [InlineData(BodyKind.Party, "TB", "TU", "Số      -TB/TU")]
    [InlineData(BodyKind.State, "TTr", "SCT", "Số:      /TTr-SCT")]
    [InlineData(BodyKind.State, "BB", "", "Số:      /BB")]
    public void Blank_PerLayoutAndSeries_RoomForTheNumber(BodyKind kind, string series, string code, string expected) =>
        Assert.Equal(expected, DocumentNumber.Blank(kind, series, code));

    [Theory]
    [InlineData("Ban Thường vụ", "Bí thư", "Phó Bí thư Thường trực", "T/M Ban Thường vụ|Phó Bí thư Thường trực")]
    [InlineData(null, "Giám đốc", "Giám đốc", "Giám đốc")]
    [InlineData(null, "Giám đốc", "Phó Giám đốc", "KT. Giám đốc|Phó Giám đốc")]
    public void For_CollectiveHeadOrDeputy_Lines(string? collective, string head, string position, string expected) =>
        Assert.Equal(expected.Split('|'), SignerLines.For(collective, head, position, "Trần Văn Thành").Headings);

    [Theory]
    [InlineData("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực")]
    [InlineData("Giám đốc Sở Công Thương", "Giám đốc")]
    [InlineData("Giám đốc sở công thương tỉnh Nam Định", "Giám đốc")]
    [InlineData("Phó Giám đốc", "Phó Giám đốc")]
    public void PositionOnly_BodyNameCut(string recorded, string expected) =>
        Assert.Equal(expected, SignerLines.PositionOnly(recorded, "Tỉnh ủy", "Sở Công Thương"));

    [Fact]
    public void Execution_PeopleOfArticleOneListedByCaller_NamedOnce() =>
        Assert.Equal(
            "Văn phòng Sở, các cơ quan, đơn vị có liên quan và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành.",
            DecisionText.Execution(["Văn phòng Sở", "các cơ quan, đơn vị có liên quan", "Các phòng và các đồng chí có tên tại Điều 1"]));

    [Fact]
    public void Write_Approval_BasesEndWithSemicolonThenTheProposer()
    {
        var text = Render.Word(ApprovalDecisionDocument.Write, SeedDecisions.Approval());
        var paragraphs = text.Paragraphs.ToList();
        var start = paragraphs.FindIndex(p => p.StartsWith("- Căn cứ", StringComparison.Ordinal));
        var bases = paragraphs.Skip(start).TakeWhile(p => p.StartsWith("- Căn cứ", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, bases.Count);
        Assert.All(bases, b => Assert.EndsWith(";", b, StringComparison.Ordinal));
        Assert.Equal("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", bases[0]);
        Assert.Equal("- Xét đề nghị của Ban Tổ chức Tỉnh ủy,", paragraphs[start + bases.Count]);
    }
}
