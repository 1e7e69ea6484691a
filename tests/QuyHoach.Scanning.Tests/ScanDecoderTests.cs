using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SkiaSharp;

namespace QuyHoach.Scanning.Tests;

/// <summary>What the office scanner produces, decoded to grey pages: colour PNG, JPEG, multi-page TIFF, PGM.</summary>
public sealed class ScanDecoderTests
{
    [Fact]
    public void Pages_ColourPng_ReducedToLuminance()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(4, 2, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(255, 0, 0));
        using var image = SKImage.FromBitmap(bitmap);
        var page = Assert.Single(ScanDecoder.Pages(image.Encode(SKEncodedImageFormat.Png, 100).ToArray()));
        Assert.Equal((4, 2), (page.Width, page.Height));
        Assert.All(page.Pixels, p => Assert.Equal(76, p));
    }

    [Fact]
    public void Pages_GreyJpeg_Decoded()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(16, 16, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(200, 200, 200));
        using var image = SKImage.FromBitmap(bitmap);
        var page = Assert.Single(ScanDecoder.Pages(image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray()));
        Assert.InRange(page.Pixels[0], 195, 205);
    }

    [Fact]
    public void Pages_TwoPageTiff_BothPagesInOrder()
    {
        using var tiff = new Image<L8>(8, 8, new L8(10));
        tiff.Frames.AddFrame(new Image<L8>(8, 8, new L8(240)).Frames.RootFrame);
        using var stream = new MemoryStream();
        tiff.Save(stream, new SixLabors.ImageSharp.Formats.Tiff.TiffEncoder());
        var pages = ScanDecoder.Pages(stream.ToArray());
        Assert.Equal(2, pages.Count);
        Assert.Equal(10, pages[0].Pixels[0]);
        Assert.Equal(240, pages[1].Pixels[0]);
    }

    [Fact]
    public void Pages_ScannerPdfAt300Dpi_GivesTheScannedImagesAsTheyAre()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(600, 900, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.Erase(new SKColor(230, 230, 230));
        using (var canvas = new SKCanvas(bitmap))
        {
            using var ink = new SKPaint { Color = new SKColor(20, 20, 20) };
            canvas.DrawRect(100, 200, 50, 80, ink);
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
        using var pdf = new MemoryStream();
        QuyHoach.Scanning.Corpus.ScanPdf.Write(pdf, [jpeg, jpeg], 300);
        var pages = ScanDecoder.Pages(pdf.ToArray(), pdfDpi: 200);
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Equal(ScanDecoder.Image(jpeg)!.Pixels, p.Pixels));
    }

    [Theory]
    [InlineData("not an image")]
    [InlineData("%PDF-1.7 truncated")]
    [InlineData("II*\0broken")]
    public void Pages_Garbage_NoPage(string content) => Assert.Empty(ScanDecoder.Pages(System.Text.Encoding.ASCII.GetBytes(content)));

    [Fact]
    public void Pgm_PdftoppmOutput_Read()
    {
        var file = System.Text.Encoding.ASCII.GetBytes("P5\n# pdftoppm\n3 2\n255\n").Concat(new byte[] { 1, 2, 3, 4, 5, 6 }).ToArray();
        var page = Pgm.Read(file)!;
        Assert.Equal((3, 2), (page.Width, page.Height));
        Assert.Equal(6, page.At(2, 1));
        Assert.Equal(255, page.At(3, 1));
    }
}
