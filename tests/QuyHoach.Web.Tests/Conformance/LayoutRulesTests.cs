using DocumentFormat.OpenXml.Wordprocessing;

namespace QuyHoach.Web.Tests.Conformance;

/// <summary>
/// The drafting rows of <see cref="LayoutRules"/> on hand-made paragraphs, so that each is known to catch what it is
/// for: words run together within a run or between two runs, and a rank column left empty or out of the votes' order.
/// </summary>
public sealed class LayoutRulesTests
{
    [Theory]
    [InlineData(new[] { "Phó trưởng phòng và tương đươngnhiệm kỳ 2025 - 2030" }, "đươngnhiệm")]
    [InlineData(new[] { "Phó trưởng phòng và tương đương", "nhiệm kỳ 2025 - 2030" }, "Phó trưởng phòng và tương đương|nhiệm kỳ 2025 - 2030")]
    [InlineData(new[] { "PHÓ GIÁM ĐỐCSỞ" }, "ĐỐCSỞ")]
    [InlineData(new[] { "Phó Giám đốcSở" }, "đốcSở")]
    public void RunTogether_JoinedWords_Reported(string[] runs, string joined) =>
        Assert.Equal($"dính chữ: \"{joined}\"", Rule("khong-dinh-tu").Failure(Document(Paragraph(runs))));

    [Theory]
    [InlineData("Phó trưởng phòng và tương đương, nhiệm kỳ 2025 - 2030")]
    [InlineData("Đăng trên Cổng thông tin điện tử và mạng Internet; Số 07-BB/ĐU; UBND tỉnh; TTr")]
    public void RunTogether_Spaced_NoFailure(string text) =>
        Assert.Null(Rule("khong-dinh-tu").Failure(Document(Paragraph(text))));

    [Theory]
    [InlineData("1|2|2|4", null)]
    [InlineData("1|2|3|4", "xếp thứ sai hoặc để trống: 20 phiếu → \"3\"")]
    [InlineData("|||", "xếp thứ sai hoặc để trống: 30 phiếu → \"\", 20 phiếu → \"\", 20 phiếu → \"\", 10 phiếu → \"\"")]
    public void Rank_AgainstVotes_EqualVotesShareAPlace(string ranks, string? failure)
    {
        var table = new Table(Row("TT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ hiện tại", "Đối tượng", "Số phiếu đồng ý", "Tỉ lệ", "Kết quả", "Xếp thứ", "Ghi chú"), Row("I. Phó Giám đốc Sở"));
        foreach (var (votes, rank) in new[] { "30", "20", "20", "10" }.Zip(ranks.Split('|')))
        {
            table.Append(Row("1", "Nguyễn Văn An", "01/01/1980", "Nam", "Trưởng phòng", "1", votes, "", "Đạt", rank, ""));
        }

        Assert.Equal(failure, Rule("xep-thu").Failure(Document(table, GeneratedKind.Minutes)));
    }

    private static LayoutRule Rule(string id) => LayoutRules.All.Single(r => r.Id == id);

    private static Paragraph Paragraph(params string[] runs) => new(runs.Select(t => new Run(new Text(t) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))));

    private static GeneratedDocument Document(DocumentFormat.OpenXml.OpenXmlElement content, GeneratedKind kind = GeneratedKind.Notice) => new()
    {
        Url = "/tu-tao",
        Kind = kind,
        Party = false,
        Issuer = [],
        Place = "Nam Định",
        Body = new Body(content),
        Styles = new Styles(),
    };
}
