using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Decisions;

public class HigherLevelReportDocumentTests
{
    [Fact]
    public void Write_Report_HeadingRecipientAndDecision()
    {
        var text = Render.Word(HigherLevelReportDocument.Write, SeedDecisions.Report());

        Assert.Empty(text.Errors);
        Assert.Equal(OfficialHeading.PartyTitle, text.Rows[0][1]);
        Assert.Equal(["Số 45-BC/ĐU", "Nam Định, ngày 15 tháng 12 năm 2026"], text.Rows[1]);
        Assert.Contains("BÁO CÁO", text.Paragraphs);
        Assert.Contains("Về việc báo cáo kết quả rà soát, bổ sung quy hoạch cán bộ chức danh Giám đốc Sở, Phó Giám đốc Sở thuộc Sở Công Thương tỉnh Nam Định, nhiệm kỳ 2025-2030", text.Paragraphs);
        Assert.Contains("Kính gửi: Ban Tổ chức Tỉnh ủy", text.Paragraphs);
        Assert.Contains("đã được phê duyệt tại Quyết định số 123-QĐ/TU ngày 30/11/2026 của Ban Thường vụ Tỉnh ủy, như sau:", text.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Report_CountsPerTitleAndTotal()
    {
        var text = Render.Word(HigherLevelReportDocument.Write, SeedDecisions.Report());

        Assert.Equal("STT|Chức danh|Quy hoạch trước rà soát|Bổ sung|Đưa ra|Quy hoạch sau rà soát", string.Join("|", text.RowOf("Chức danh")));
        Assert.Equal("1|Giám đốc Sở|3|1|1|3", string.Join("|", text.RowOf("Giám đốc Sở")));
        Assert.Equal("2|Phó Giám đốc Sở|9|2|2|9", string.Join("|", text.RowOf("Phó Giám đốc Sở")));
        Assert.Equal("|Cộng|12|3|3|12", string.Join("|", text.RowOf("Cộng")));
    }

    [Fact]
    public void Write_Report_StructureRatiosInIntegers()
    {
        var text = Render.Word(HigherLevelReportDocument.Write, SeedDecisions.Report());

        Assert.Contains("- Cán bộ nữ: 3/12 (25,00 %)", text.Paragraphs);
        Assert.Contains("- Cán bộ trẻ (dưới 45 tuổi): 2/12 (16,67 %)", text.Paragraphs);
        Assert.Contains("- Cán bộ người dân tộc thiểu số: 1/12 (8,33 %)", text.Paragraphs);
    }

    [Fact]
    public void Write_Report_AddedAndRemovedLists()
    {
        var text = Render.Word(HigherLevelReportDocument.Write, SeedDecisions.Report());

        // The count rows come first (their second cell is the title), then the people added, then those removed.
        Assert.Equal(["Giám đốc Sở", "Phó Giám đốc Sở", "Nguyễn Thị Ánh", "Bùi Thị Lan", "Ngô Đình Khải", "Phạm Văn Hòa", "Lê Thị Hạnh", "Đặng Minh Tuấn"], Render.Names(text));
        Assert.Equal("1|Nguyễn Thị Ánh|12/04/1978|Phó Giám đốc Sở|Thạc sĩ Kinh tế; LLCT: Cao cấp", string.Join("|", text.RowOf("Nguyễn Thị Ánh")));
    }

    [Fact]
    public void Write_NothingAddedOrRemoved_SaysNone()
    {
        var text = Render.Word(HigherLevelReportDocument.Write, SeedDecisions.Report() with { Added = [], Removed = [] });

        Assert.Equal(2, text.Paragraphs.Count(p => p == "Không có."));
    }

    [Theory]
    [InlineData(9, 11, "9/11 (81,82 %)")]
    [InlineData(2, 3, "2/3 (66,67 %)")]
    [InlineData(1, 3, "1/3 (33,33 %)")]
    [InlineData(12, 12, "12/12 (100,00 %)")]
    [InlineData(0, 7, "0/7 (0,00 %)")]
    [InlineData(0, 0, "0/0 (-)")]
    public void Share_RoundsHalfUpInIntegers(int part, int whole, string expected) => Assert.Equal(expected, DecisionText.Share(part, whole));

    [Fact]
    public void TitleCount_AfterIsBeforePlusAddedMinusRemoved() => Assert.Equal(8, new TitleCount("Phó Giám đốc Sở", 9, 1, 2).After);
}
