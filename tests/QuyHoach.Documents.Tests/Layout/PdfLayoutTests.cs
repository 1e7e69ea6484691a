using PdfSharp.Pdf.IO;
using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Pdf;
using QuyHoach.Documents.Tests.Decisions;

namespace QuyHoach.Documents.Tests.Layout;

/// <summary>The PDF's page numbers: top centre, from page 2, the number alone (NĐ 30/2020, HD 36-HD/VPTW).</summary>
public class PdfLayoutTests
{
    /// <summary>The top margin (20 mm) in points: where the number stands.</summary>
    private const double TopMarginPoints = 20 * 72 / 25.4;

    [Fact]
    public void Write_LongList_NumberAloneTopCentreFromPageTwo()
    {
        var people = Enumerable.Range(1, 60).Select(i => SeedDecisions.Anh with { FullName = $"Nguyễn Thị Ánh {i:D2}" }).ToList();
        var bytes = Write(SeedDecisions.SummaryList() with { Titles = [new TitleGroup("Giám đốc Sở", people)] });
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var pages = document.PageCount;
        var width = document.Pages[0].Width.Point;

        Assert.True(pages > 2);
        Assert.Equal("", Poppler.TextIn(bytes, 1, 0, 0, width, TopMarginPoints));
        for (var page = 2; page <= pages; page++)
        {
            // The whole top margin holds the number alone, and so does a narrow band at its centre.
            Assert.Equal($"{page}", Poppler.TextIn(bytes, page, 0, 0, width, TopMarginPoints));
            Assert.Equal($"{page}", Poppler.TextIn(bytes, page, (width / 2) - 20, 0, 40, TopMarginPoints));
        }

        var all = Poppler.Run("pdftotext", bytes, "-enc", "UTF-8");
        Assert.DoesNotContain("Trang", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OnePageList_NoNumber()
    {
        var bytes = Write(SeedDecisions.SummaryList());
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        var text = Poppler.Run("pdftotext", bytes, "-enc", "UTF-8");

        Assert.Equal(1, document.PageCount);
        Assert.Equal("", Poppler.TextIn(bytes, 1, 0, 0, document.Pages[0].Width.Point, TopMarginPoints));
        Assert.DoesNotContain("Trang", text, StringComparison.Ordinal);
    }

    private static byte[] Write(SummaryList list)
    {
        using var stream = new MemoryStream();
        SummaryListPdf.Write(stream, list);
        return stream.ToArray();
    }
}
