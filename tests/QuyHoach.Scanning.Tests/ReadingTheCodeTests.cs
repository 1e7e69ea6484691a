using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Scanning.Tests;

/// <summary>
/// A page whose QR code ZXing's detector cannot find is read from the module grid the page's marks locate
/// (<see cref="QrGrid"/>), instead of going to review as an unread code: here a pen blot over the code's top-left
/// finder pattern, a 150 dpi scan, upright and upside down.
/// </summary>
public sealed class ReadingTheCodeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_FinderPatternBlotted_CodeReadFromItsGrid_SheetCounted(bool upsideDown)
    {
        var paper = CorpusBallots.Removal;
        using var printed = new MemoryStream();
        var layouts = BallotPdf.Write(printed, [new BallotPrint(paper, 1)]);
        var box = layouts[0].Pages[0].Boxes[1].Box;
        var qr = BallotGeometry.QrArea;
        PenMark[] marks = [new(0, box, MarkStyle.Filled), new(0, new MmRect(qr.X + 2.3, qr.Y + 2.3, 7, 7), MarkStyle.Filled)];
        var page = ScanDecoder.Pages(ScanFile.MarkedPdf(printed.ToArray(), 150, marks, seed: 7)).Single();
        if (upsideDown)
        {
            page = page with { Pixels = [.. page.Pixels.Reverse()] };
        }

        var fiducials = FiducialLocator.Locate(page)!;
        var map = Homography.Solve([.. BallotGeometry.Fiducials.Select(f => new PixelPoint(f.X, f.Y))], fiducials)!;
        Func<double, double, PixelPoint> where = upsideDown ? (x, y) => map.Map(BallotGeometry.PageWidth - x, BallotGeometry.PageHeight - y) : map.Map;
        Assert.Null(QrReader.Read(page, where));

        var sheet = BallotScan.Read([page], layouts, CorpusFixture.Rules).Single();

        Assert.Equal((SheetOutcome.Valid, (ReviewReason?)null, layouts[0].BallotKey), (sheet.Outcome, sheet.Reason, sheet.BallotKey));
        Assert.Equal([layouts[0].Pages[0].Boxes[1].LineId], sheet.MarkedLines);
    }
}
