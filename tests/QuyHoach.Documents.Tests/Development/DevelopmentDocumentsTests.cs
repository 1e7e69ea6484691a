using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QuyHoach.Documents.Development;
using QuyHoach.Documents.Tests.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Development;

public class DevelopmentDocumentsTests
{
    [Fact]
    public void Write_Plan_OfficialHeadingBasesAndEveryItemWithItsDueDate()
    {
        var text = Render.Word(DevelopmentPlanDocument.Write, DevelopmentSamples.Plan());

        Assert.Empty(text.Errors);
        Assert.StartsWith(OfficialHeading.StateTitle, text.Rows[0][1], StringComparison.Ordinal);
        Assert.Equal(["Số:       /KH-SCT", "Nam Định, ngày 03 tháng 12 năm 2026"], text.Rows[1]);
        Assert.Contains("KẾ HOẠCH", text.Paragraphs);
        Assert.Contains("Đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch năm 2026", text.Paragraphs);
        Assert.Contains("Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;", text.Paragraphs);
        var rows = text.Rows.Where(r => r.Count == 6 && r[0].Length > 0 && char.IsAsciiDigit(r[0][0])).ToList();
        Assert.Equal(
            ["Lê Minh Quang, Trưởng phòng|16/03/2026|Văn phòng Sở", "Hoàng Xuân Hải, Trưởng phòng|31/12/2028|Văn phòng Sở", "Ngô Thị Minh Hằng, Phó trưởng phòng|30/06/2027|Phòng Quản lý thương mại"],
            rows.Select(r => $"{r[1]}|{r[4]}|{r[5]}"));
        Assert.Contains(text.Rows, r => r.Count == 1 && r[0] == "Luân chuyển");
    }

    [Fact]
    public void Write_Obligations_OneRowPerItemWithStatusAndEvidence()
    {
        using var stream = new MemoryStream();
        ObligationsWorkbook.Write(stream, DevelopmentSamples.Obligations());
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>()
            .Select(r => string.Join("|", r.Elements<Cell>().Select(c => c.InlineString?.Text?.Text ?? ""))).ToList();

        Assert.Equal("STT|Họ và tên|Chức danh quy hoạch|Nội dung|Hạn hoàn thành|Đơn vị chủ trì|Tình trạng|Ngày hoàn thành|Văn bản chứng minh", rows[0]);
        Assert.Equal("2|Lê Minh Quang|Trưởng phòng|Trình độ lý luận chính trị (hoàn thành khóa học đang học)|16/03/2026|Văn phòng Sở|Đã hoàn thành|20/11/2026|CC-2026-15", rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void Write_StandardsAnnex_EachTitleWithItsStandards()
    {
        using var stream = new MemoryStream();
        TitleStandardsAnnex.Write(stream, SeedDecisions.StateUnit, new DateOnly(2026, 12, 3), "Rà soát, bổ sung quy hoạch năm 2026", DevelopmentSamples.Standards());
        var text = Minutes.WordText.Read(stream);

        Assert.Empty(text.Errors);
        Assert.Contains("PHỤ LỤC", text.Paragraphs);
        Assert.Equal(["1. Trưởng phòng", "- Chuyên môn: Đại học", "- Lý luận chính trị: Cao cấp", "- Quản lý nhà nước: Chuyên viên chính (có thể hoàn thiện sau)", "2. Phó trưởng phòng"],
            text.Paragraphs.SkipWhile(p => p != "1. Trưởng phòng").Take(5));
    }
}
