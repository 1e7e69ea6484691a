using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Decisions;

public class ApprovalDecisionDocumentTests
{
    [Fact]
    public void Write_ProvincialCommittee_PartyHeadingNumberAndDate()
    {
        var text = Render.Word(ApprovalDecisionDocument.Write, SeedDecisions.Approval());

        Assert.Empty(text.Errors);
        Assert.Equal(["TỈNH ỦY NAM ĐỊNH", "*"], text.Rows[0][0].Split('\n'));
        Assert.Equal(OfficialHeading.PartyTitle, text.Rows[0][1]);
        Assert.Equal(["Số 123-QĐ/TU", "Nam Định, ngày 30 tháng 11 năm 2026"], text.Rows[1]);
        Assert.Contains("QUYẾT ĐỊNH", text.Paragraphs);
        Assert.Contains("Về việc phê duyệt quy hoạch cán bộ chức danh Giám đốc Sở, Phó Giám đốc Sở thuộc Sở Công Thương tỉnh Nam Định, nhiệm kỳ 2025-2030", text.Paragraphs);
        Assert.Contains("BAN THƯỜNG VỤ TỈNH ỦY", text.Paragraphs);
    }

    [Fact]
    public void Write_StateBody_StateHeading()
    {
        var text = Render.Word(ApprovalDecisionDocument.Write, SeedDecisions.Approval(SeedDecisions.StateUnit));

        Assert.Equal([OfficialHeading.StateTitle, OfficialHeading.StateMotto], text.Rows[0][1].Split('\n'));
        Assert.Equal("Số: 123/QĐ-SCT", text.Rows[1][0]);
        Assert.Contains("GIÁM ĐỐC SỞ CÔNG THƯƠNG", text.Paragraphs);
        Assert.DoesNotContain(OfficialHeading.PartyTitle, text.Paragraphs);
    }

    [Fact]
    public void Write_Approval_ArticlesCountTitlesAndEffectiveFromSigning()
    {
        var text = Render.Word(ApprovalDecisionDocument.Write, SeedDecisions.Approval());

        Assert.Contains("Điều 1. Phê duyệt quy hoạch 04 đồng chí vào các chức danh Giám đốc Sở, Phó Giám đốc Sở, nhiệm kỳ 2025-2030 (có danh sách kèm theo).", text.Paragraphs);
        // R-EFF-1: in effect from the signing date.
        Assert.Contains("Điều 2. Quyết định này có hiệu lực kể từ ngày ký (ngày 30 tháng 11 năm 2026). Quy hoạch có hiệu lực từ ngày ký Quyết định phê duyệt.", text.Paragraphs);
        Assert.Contains("Điều 3. Ban Tổ chức Tỉnh ủy, Đảng ủy Sở Công Thương và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành.", text.Paragraphs);
    }

    [Fact]
    public void Write_OnePersonInTwoTitles_CountedOnce()
    {
        var decision = SeedDecisions.Approval() with
        {
            Titles = [new TitleGroup("Giám đốc Sở", [SeedDecisions.Anh]), new TitleGroup("Phó Giám đốc Sở", [SeedDecisions.Anh, SeedDecisions.Lan])],
        };

        var text = Render.Word(ApprovalDecisionDocument.Write, decision);

        Assert.Contains(text.Paragraphs, p => p.StartsWith("Điều 1. Phê duyệt quy hoạch 02 đồng chí", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Approval_SignerForTheStandingCommittee()
    {
        var text = Render.Word(ApprovalDecisionDocument.Write, SeedDecisions.Approval());
        var foot = text.Rows.Single(r => r[0].StartsWith("Nơi nhận:", StringComparison.Ordinal));

        Assert.Equal(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Quốc Bảo"], Render.Lines(foot[1]));
        Assert.Equal(["Nơi nhận:", "- Như Điều 3,", "- Thường trực Tỉnh ủy,", "- Lưu Văn phòng Tỉnh ủy."], Render.Lines(foot[0]));
    }

    [Fact]
    public void Write_Approval_AnnexOnNewPageGroupedPerTitle()
    {
        using var stream = new MemoryStream();
        ApprovalDecisionDocument.Write(stream, SeedDecisions.Approval());
        var text = Minutes.WordText.Read(stream);

        Assert.Contains("PHỤ LỤC", text.Paragraphs);
        Assert.Contains("(Kèm theo Quyết định số 123-QĐ/TU ngày 30 tháng 11 năm 2026 của Ban Thường vụ Tỉnh ủy)", text.Paragraphs);
        Assert.Equal("STT|Họ và tên|Ngày sinh|Chức vụ hiện tại|Trình độ (chuyên môn, LLCT)|Ghi chú", string.Join("|", text.RowOf("Họ và tên")));
        Assert.Equal("2|Ngô Đình Khải|30/08/1980|Chánh Thanh tra Sở|Cử nhân Luật; LLCT: Cao cấp|Bổ sung năm 2026", string.Join("|", text.RowOf("Ngô Đình Khải")));
        Assert.Equal(["Nguyễn Thị Ánh", "Nguyễn Văn Thắng", "Bùi Thị Lan", "Ngô Đình Khải"], Render.Names(text));

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var pageBreak = body.Descendants<Break>().Single(b => b.Type?.Value == BreakValues.Page);
        var annexTitle = body.Descendants<Paragraph>().First(p => p.InnerText == "PHỤ LỤC");
        var signatures = body.Elements<Table>().Single(t => t.InnerText.Contains("Nơi nhận:", StringComparison.Ordinal));
        Assert.True(Precedes(signatures, pageBreak) && Precedes(pageBreak, annexTitle));
    }

    private static bool Precedes(DocumentFormat.OpenXml.OpenXmlElement a, DocumentFormat.OpenXml.OpenXmlElement b)
    {
        var all = a.Ancestors<Body>().Single().Descendants().ToList();
        return all.IndexOf(a) < all.IndexOf(b);
    }
}
