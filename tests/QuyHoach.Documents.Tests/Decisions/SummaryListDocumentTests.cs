using DocumentFormat.OpenXml.Wordprocessing;
using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Decisions;

public class SummaryListDocumentTests
{
    [Fact]
    public void Write_SummaryList_LandscapeA4WithRepeatedHeader()
    {
        var text = Render.Word(SummaryListDocument.Write, SeedDecisions.SummaryList());

        Assert.Empty(text.Errors);
        var size = text.Section.GetFirstChild<PageSize>()!;
        Assert.Equal((16838U, 11906U, PageOrientationValues.Landscape), (size.Width!.Value, size.Height!.Value, size.Orient!.Value));
        Assert.Equal(1, text.RepeatedHeaderRows);
        Assert.Equal(
            "STT|Họ và tên|Ngày sinh|Giới tính|Dân tộc|Quê quán|Ngày vào Đảng|Chức vụ hiện tại|Trình độ chuyên môn|Lý luận chính trị|QLNN|Đánh giá (3 năm gần nhất)|Ghi chú",
            string.Join("|", text.RowOf("Họ và tên")));
    }

    [Fact]
    public void Write_SummaryList_StateHeadingTitleAndSigners()
    {
        var text = Render.Word(SummaryListDocument.Write, SeedDecisions.SummaryList());

        Assert.Equal([OfficialHeading.StateTitle, OfficialHeading.StateMotto], text.Rows[0][1].Split('\n'));
        Assert.Equal("Nam Định, ngày 20 tháng 10 năm 2026", text.Rows[1][1]);
        Assert.Contains("DANH SÁCH TRÍCH NGANG CÁN BỘ QUY HOẠCH", text.Paragraphs);
        Assert.Contains("Cán bộ chức danh Giám đốc Sở, Phó Giám đốc Sở thuộc Sở Công Thương tỉnh Nam Định, nhiệm kỳ 2025-2030", text.Paragraphs);
        Assert.Equal(["NGƯỜI LẬP BIỂU", "Vũ Thị Ngọc Ánh"], Render.Lines(text.Rows[^1][0]));
        Assert.Equal(["GIÁM ĐỐC", "Trần Văn Hùng"], Render.Lines(text.Rows[^1][1]));
    }

    [Fact]
    public void Write_PartyBody_PartyHeading()
    {
        var text = Render.Word(SummaryListDocument.Write, SeedDecisions.SummaryList(SeedDecisions.PartyUnit));

        Assert.Equal(OfficialHeading.PartyTitle, text.Rows[0][1]);
        Assert.DoesNotContain(OfficialHeading.StateTitle, text.Paragraphs);
    }

    [Fact]
    public void Write_SummaryList_PeopleInOrderWithParticulars()
    {
        var text = Render.Word(SummaryListDocument.Write, SeedDecisions.SummaryList());

        Assert.Equal(["Nguyễn Thị Ánh", "Nguyễn Văn Thắng", "Bùi Thị Lan", "Ngô Đình Khải"], Render.Names(text));
        Assert.Equal(
            "1|Bùi Thị Lan|09/1984|Nữ|Tày|xã Yên Lạc, huyện Ý Yên, tỉnh Nam Định|22/12/2008|Trưởng phòng Quản lý thương mại|Thạc sĩ Quản trị kinh doanh|Cao cấp|Chuyên viên chính|2023: HTTNV; 2024: HTTNV; 2025: HTXSNV|",
            string.Join("|", text.RowOf("Bùi Thị Lan")));
        Assert.Contains(text.Rows, r => r[0] == "II. Chức danh quy hoạch: Phó Giám đốc Sở");
    }

    [Fact]
    public void Write_NotAPartyMember_PartyDateEmpty()
    {
        var list = SeedDecisions.SummaryList() with { Titles = [new TitleGroup("Giám đốc Sở", [SeedDecisions.Anh with { PartyJoined = null }])] };

        Assert.Equal("", Render.Word(SummaryListDocument.Write, list).RowOf("Nguyễn Thị Ánh")[6]);
    }
}
