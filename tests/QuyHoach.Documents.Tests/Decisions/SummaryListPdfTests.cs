using System.Diagnostics;
using System.Text;
using PdfSharp.Pdf.IO;
using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Pdf;

namespace QuyHoach.Documents.Tests.Decisions;

public class SummaryListPdfTests
{
    [Fact]
    public void Write_SummaryList_PdfWithEmbeddedFontOnLandscapeA4()
    {
        var bytes = Write(SeedDecisions.SummaryList());

        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Equal((842, 595), ((int)Math.Round(document.Pages[0].Width.Point), (int)Math.Round(document.Pages[0].Height.Point)));
    }

    [Fact]
    public void Write_SummaryList_VietnameseTextExtractsInOrder()
    {
        var text = Extract(Write(SeedDecisions.SummaryList()));

        Assert.Contains("DANH SÁCH TRÍCH NGANG CÁN BỘ QUY HOẠCH", text, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Nam Định, ngày 20 tháng 10 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("I. Chức danh quy hoạch: Giám đốc Sở", text, StringComparison.Ordinal);
        var positions = new[] { "Nguyễn Thị Ánh", "Nguyễn Văn Thắng", "Bùi Thị Lan", "Ngô Đình Khải" }.Select(n => text.IndexOf(n, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Write_PartyBody_PartyHeading()
    {
        var text = Extract(Write(SeedDecisions.SummaryList(SeedDecisions.PartyUnit)));

        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongList_HeaderRepeatedOnEveryPage()
    {
        var people = Enumerable.Range(1, 60).Select(i => SeedDecisions.Anh with { FullName = $"Nguyễn Thị Ánh {i:D2}" }).ToList();
        var list = SeedDecisions.SummaryList() with { Titles = [new TitleGroup("Giám đốc Sở", people)] };

        var bytes = Write(list);
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var pages = document.PageCount;
        var text = Extract(bytes);

        Assert.True(pages > 1);
        var perPage = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.Equal(pages, perPage.Count);
        Assert.All(perPage, p => Assert.Contains("Quê quán", p, StringComparison.Ordinal));
        Assert.Contains("Nguyễn Thị Ánh 60", perPage[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LongCell_WrapsInsideItsColumn()
    {
        var hometown = "thôn Đông Hải, xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định, nơi có nhiều làng nghề truyền thống";
        var list = SeedDecisions.SummaryList() with { Titles = [new TitleGroup("Giám đốc Sở", [SeedDecisions.Anh with { Hometown = hometown }])] };

        var text = Extract(Write(list), layout: false);

        // The text is all there, on several lines of its cell: never on one line, never cut off.
        Assert.DoesNotContain(hometown, text, StringComparison.Ordinal);
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var first = lines.FindIndex(l => l.StartsWith("thôn Đông Hải", StringComparison.Ordinal));
        var last = lines.FindIndex(l => l.EndsWith("thống", StringComparison.Ordinal));
        Assert.InRange(first, 0, last - 1);
        Assert.Equal(hometown, string.Join(" ", lines[first..(last + 1)]));
    }

    [Fact]
    public void FontResolver_NoFontFiles_ClearVietnameseMessage()
    {
        // Its own type: the web app answers it as 503 with its own text (ApiExceptionHandler.StatusFor), not as a fault.
        var error = Assert.Throws<FontMissingException>(() => new VietnameseFontResolver([SerifFaces.Liberation("/nonexistent")]));

        Assert.Contains("apt-get install fonts-liberation2", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Không tìm thấy phông chữ Liberation Serif hoặc Tinos", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FontResolver_InstalledTwiceInParallel_NoError()
    {
        Parallel.For(0, 8, _ => PdfFonts.EnsureInstalled());

        Assert.IsType<VietnameseFontResolver>(PdfSharp.Fonts.GlobalFontSettings.FontResolver);
    }

    private static byte[] Write(SummaryList list)
    {
        using var stream = new MemoryStream();
        SummaryListPdf.Write(stream, list);
        return stream.ToArray();
    }

    /// <summary>Text as poppler's pdftotext reads it (./test installs poppler-utils), pages separated by form feeds.</summary>
    private static string Extract(byte[] pdf, bool layout = true)
    {
        var path = Path.Combine(Path.GetTempPath(), $"quyhoach-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            if (layout)
            {
                start.ArgumentList.Add("-layout");
            }

            start.ArgumentList.Add("-enc");
            start.ArgumentList.Add("UTF-8");
            start.ArgumentList.Add(path);
            start.ArgumentList.Add("-");
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext (poppler-utils) không chạy được.");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
