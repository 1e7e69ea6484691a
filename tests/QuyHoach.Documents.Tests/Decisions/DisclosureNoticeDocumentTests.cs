using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Decisions;

public class DisclosureNoticeDocumentTests
{
    [Fact]
    public void Write_Notice_HeadingDecisionAndAudience()
    {
        var text = Render.Word(DisclosureNoticeDocument.Write, SeedDecisions.Notice());

        Assert.Empty(text.Errors);
        Assert.Equal(OfficialHeading.PartyTitle, text.Rows[0][1]);
        Assert.Equal(["Số 20-TB/ĐU", "Nam Định, ngày 05 tháng 12 năm 2026"], text.Rows[1]);
        Assert.Contains("THÔNG BÁO", text.Paragraphs);
        Assert.Contains(
            "Thực hiện Quyết định số 123-QĐ/TU và Quyết định số 130-QĐ/TU ngày 30/11/2026 của Ban Thường vụ Tỉnh ủy, Đảng ủy Sở Công Thương thông báo danh sách quy hoạch cán bộ chức danh Giám đốc Sở, Phó Giám đốc Sở thuộc Sở Công Thương tỉnh Nam Định, nhiệm kỳ 2025-2030 đến Ban Chấp hành Đảng bộ Sở, tập thể lãnh đạo Sở, các đồng chí có tên trong danh sách, cụ thể như sau:",
            text.Paragraphs);
    }

    [Fact]
    public void Write_Notice_NotPublishedOnTheInternet()
    {
        var text = Render.Word(DisclosureNoticeDocument.Write, SeedDecisions.Notice());

        // R-PUB-2: within the unit only.
        Assert.Contains(
            "Danh sách quy hoạch chỉ thông báo trong phạm vi Đảng ủy, tập thể lãnh đạo Sở Công Thương và cán bộ có tên trong danh sách; không công bố trên các phương tiện thông tin đại chúng, không đăng tải trên mạng Internet.",
            text.Paragraphs);
    }

    [Fact]
    public void Write_Notice_ApprovedThenRemovedLists()
    {
        var text = Render.Word(DisclosureNoticeDocument.Write, SeedDecisions.Notice());

        Assert.Equal(["Nguyễn Thị Ánh", "Nguyễn Văn Thắng", "Bùi Thị Lan", "Ngô Đình Khải", "Phạm Văn Hòa", "Lê Thị Hạnh", "Đặng Minh Tuấn"], Render.Names(text));
        Assert.Contains("I. Danh sách cán bộ được phê duyệt quy hoạch", text.Paragraphs);
        Assert.Contains("II. Danh sách cán bộ được đưa ra khỏi quy hoạch", text.Paragraphs);
        Assert.Equal("1|Phạm Văn Hòa|Giám đốc Sở|Từ trần (từ trần ngày 02/8/2026); " + DecisionText.NoVote, string.Join("|", text.RowOf("Phạm Văn Hòa")));
    }

    [Fact]
    public void Write_RemovalsOnly_NoApprovedSection()
    {
        var text = Render.Word(DisclosureNoticeDocument.Write, SeedDecisions.Notice() with { Approved = [] });

        Assert.DoesNotContain(text.Paragraphs, p => p.Contains("được phê duyệt quy hoạch", StringComparison.Ordinal));
        Assert.Contains("I. Danh sách cán bộ được đưa ra khỏi quy hoạch", text.Paragraphs);
        Assert.Equal(["T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Văn Hùng"], Render.Lines(text.Rows[^1][1]));
    }
}
