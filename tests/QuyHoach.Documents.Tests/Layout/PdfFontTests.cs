using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Pdf;
using QuyHoach.Documents.Tests.Decisions;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Layout;

/// <summary>The PDF's font: Liberation Serif (Times New Roman's metrics), embedded, with the Vietnamese text intact.</summary>
public class PdfFontTests
{
    [Theory]
    [InlineData(BodyKind.State)]
    [InlineData(BodyKind.Party)]
    public void Write_SummaryList_LiberationSerifEmbeddedVietnameseIntact(BodyKind kind)
    {
        var bytes = Write(SeedDecisions.SummaryList(kind == BodyKind.Party ? SeedDecisions.PartyUnit : SeedDecisions.StateUnit));

        var fonts = Poppler.Fonts(bytes);
        Assert.NotEmpty(fonts);
        // A subset is named "ABCDEF+Liberation Serif …" after the face's own name table: Times New Roman's metrics, embedded.
        Assert.All(fonts, f =>
        {
            Assert.StartsWith("Liberation Serif", f.Name[(f.Name.IndexOf('+', StringComparison.Ordinal) + 1)..], StringComparison.Ordinal);
            Assert.True(f.Embedded, f.Name);
        });
        var text = Poppler.Run("pdftotext", bytes, "-enc", "UTF-8");
        foreach (var words in new[] { "DANH SÁCH TRÍCH NGANG CÁN BỘ QUY HOẠCH", "Nguyễn Thị Ánh", "Ngô Đình Khải", "Quê quán", "Nam Định, ngày 20 tháng 10 năm 2026" })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FontResolver_Default_LiberationSerifOfDebian()
    {
        var resolver = new VietnameseFontResolver();

        Assert.EndsWith("LiberationSerif-Regular.ttf", resolver.RegularPath, StringComparison.Ordinal);
        Assert.EndsWith("LiberationSerif-Bold.ttf", resolver.BoldPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Installed_TheFirstCandidateOnTheMachine_NoneWhenNoFileIs()
    {
        var absent = SerifFaces.Liberation("/khong-co-thu-muc-nay");

        Assert.Null(VietnameseFontResolver.Installed([absent]));
        Assert.Equal(VietnameseFontResolver.Candidates[0], VietnameseFontResolver.Installed([absent, .. VietnameseFontResolver.Candidates]));
    }

    private static byte[] Write(SummaryList list)
    {
        using var stream = new MemoryStream();
        SummaryListPdf.Write(stream, list);
        return stream.ToArray();
    }
}
