using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning.Corpus;

/// <summary>A mark a voter makes on a page of a sheet, in page millimetres.</summary>
public sealed record PenMark(int Page, MmRect Box, MarkStyle Style);

/// <summary>
/// What the office scanner gives back for a pile of the app's own ballot sheets: each page of a ballot PDF rasterised,
/// marked by a program that knows the truth, scanned with a small skew and noise, and bound into one PDF of images,
/// as the web tests and the browser suite upload it.
/// </summary>
public static class ScanFile
{
    /// <summary>The scanned PDF of <paramref name="ballotPdf"/>'s pages, each marked with <paramref name="marks"/>
    /// (by page index in the PDF), at <paramref name="dpi"/>.</summary>
    public static byte[] MarkedPdf(byte[] ballotPdf, int dpi, IReadOnlyList<PenMark> marks, int seed) => Pdf(MarkedScans(ballotPdf, dpi, marks, seed), dpi);

    /// <summary>The scanned images of <paramref name="ballotPdf"/>'s pages, marked as for <see cref="MarkedPdf"/>, one
    /// per page in the PDF's order (to bind some of them into one upload and the rest into another).</summary>
    public static IReadOnlyList<byte[]> MarkedScans(byte[] ballotPdf, int dpi, IReadOnlyList<PenMark> marks, int seed)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var pages = PdfRasteriser.Pages(ballotPdf, dpi);
        var pixelsPerMm = dpi / 25.4;
        var random = new Random(seed);
        var scans = new List<byte[]>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var pen = new Pen(page.Pixels, page.Width, page.Height, pixelsPerMm, random);
            foreach (var mark in marks.Where(m => m.Page == i))
            {
                pen.Mark(mark.Box, mark.Style);
            }

            var skew = new ScanDistortion((random.NextDouble() * 3) - 1.5, 1.0, 1.5, -1, 3, false, 90, 242);
            scans.Add(Scanner.Scan(page.Pixels, page.Width, page.Height, pixelsPerMm, skew, random));
        }

        return scans;
    }

    /// <summary>One PDF page per image (JPEG or PNG), each the image's size at <paramref name="dpi"/>.</summary>
    public static byte[] Pdf(IReadOnlyList<byte[]> images, int dpi)
    {
        ArgumentNullException.ThrowIfNull(images);
        using var document = new PdfDocument();
        foreach (var bytes in images)
        {
            using var stream = new MemoryStream(bytes);
            using var image = XImage.FromStream(stream);
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(image.PixelWidth * 72.0 / dpi);
            page.Height = XUnit.FromPoint(image.PixelHeight * 72.0 / dpi);
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawImage(image, 0, 0, page.Width.Point, page.Height.Point);
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>The mark boxes of a ballot of <paramref name="lines"/> printed lines and <paramref name="writeIns"/>
    /// write-in lines, page by page (the layout depends only on these and the quota, never on the names).</summary>
    public static IReadOnlyList<PageLayout> Boxes(BallotPaperKind kind, int quota, int lines, int writeIns)
    {
        var heading = new BallotHeading(null, "-", "-", "-", new DateOnly(2026, 1, 1));
        var paper = new BallotPaper("X", kind, heading, "-", quota, true,
            [.. Enumerable.Range(0, lines).Select(i => new BallotCandidate($"L{i}", $"Người {i}", "-"))], writeIns);
        return BallotLayoutPlanner.Layout(paper).Pages;
    }
}
