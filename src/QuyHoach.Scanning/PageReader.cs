using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning;

/// <summary>
/// Đọc một trang: fiducials, then the homography from page millimetres to pixels, then the QR code (tried where an
/// upright page holds it, then where an upside-down one does, which also tells the orientation; <see cref="QrReader.Find"/>), then every mark box
/// of the layout the code names. Anything that does not fit (no fiducials, a mis-shaped quadrilateral, no code, an
/// unknown ballot or layout) is a page to review, never a guess.
/// </summary>
public static class PageReader
{
    /// <summary>The largest gap (mm) between the fourth fiducial and where the other three put it.</summary>
    private const double ShapeTolerance = 2.0;

    /// <summary>Reads page <paramref name="index"/> of an upload against the <paramref name="layouts"/> of the count.</summary>
    public static PageReading Read(GreyImage image, int index, IReadOnlyDictionary<string, BallotLayout> layouts)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(layouts);
        if (FiducialLocator.Locate(image) is not { } fiducials || !Rectangular(fiducials))
        {
            return new PageReading(index, null, false, [], ReviewReason.Unreadable);
        }

        var mm = BallotGeometry.Fiducials.Select(f => new PixelPoint(f.X, f.Y)).ToList();
        if (Homography.Solve(mm, fiducials) is not { } upright)
        {
            return new PageReading(index, null, false, [], ReviewReason.Unreadable);
        }

        Func<double, double, PixelPoint> straight = upright.Map;
        Func<double, double, PixelPoint> turned = (x, y) => upright.Map(BallotGeometry.PageWidth - x, BallotGeometry.PageHeight - y);
        if (QrReader.Find(image, straight, turned) is not { } found)
        {
            return new PageReading(index, null, false, [], ReviewReason.NoCode);
        }

        var (code, upsideDown) = found;
        if (!layouts.TryGetValue(code.BallotKey, out var layout) || layout.Fingerprint != code.Fingerprint
            || layout.Version != code.Version || layout.Pages.Count != code.Pages)
        {
            return new PageReading(index, code, upsideDown, [], ReviewReason.OtherBallot);
        }

        var toImage = upsideDown ? turned : straight;
        var ink = Ink(image, toImage);
        var pixelsPerMm = Distance(fiducials[0], fiducials[1]) / (BallotGeometry.Fiducials[1].X - BallotGeometry.Fiducials[0].X);
        var boxes = layout.Pages[code.Page - 1].Boxes.Select(box =>
        {
            var measure = MarkMeter.Measure(image, toImage, box.Box, ink, pixelsPerMm);
            return new BoxReading(box.LineId, code.Page, MarkMeter.Classify(measure), measure, Corners(box.Box, toImage),
                box.WriteInArea is { } area ? Corners(area, toImage) : null);
        }).ToList();
        return new PageReading(index, code, upsideDown, boxes, null);
    }

    /// <summary>The fourth fiducial lies where the other three put it (a parallelogram, within
    /// <see cref="ShapeTolerance"/>), and the sides have the page's proportions within 4 %.</summary>
    private static bool Rectangular(IReadOnlyList<PixelPoint> f)
    {
        var top = Distance(f[0], f[1]);
        var left = Distance(f[0], f[2]);
        var expectedRatio = (BallotGeometry.Fiducials[2].Y - BallotGeometry.Fiducials[0].Y) / (BallotGeometry.Fiducials[1].X - BallotGeometry.Fiducials[0].X);
        var pixelsPerMm = top / (BallotGeometry.Fiducials[1].X - BallotGeometry.Fiducials[0].X);
        var predicted = new PixelPoint(f[1].X + f[2].X - f[0].X, f[1].Y + f[2].Y - f[0].Y);
        return top > 0 && Math.Abs((left / top) - expectedRatio) <= 0.04 * expectedRatio
            && Distance(predicted, f[3]) <= ShapeTolerance * pixelsPerMm;
    }

    /// <summary>The ink level: the median of the top-left fiducial's core.</summary>
    private static byte Ink(GreyImage image, Func<double, double, PixelPoint> toImage)
    {
        var centre = BallotGeometry.Fiducials[0];
        var levels = new List<byte>();
        for (var dy = -1.5; dy <= 1.5; dy += 0.5)
        {
            for (var dx = -1.5; dx <= 1.5; dx += 0.5)
            {
                var p = toImage(centre.X + dx, centre.Y + dy);
                levels.Add(image.Nearest(p.X, p.Y));
            }
        }

        levels.Sort();
        return levels[levels.Count / 2];
    }

    private static PixelPoint[] Corners(MmRect r, Func<double, double, PixelPoint> toImage) =>
        [toImage(r.X, r.Y), toImage(r.X + r.Width, r.Y), toImage(r.X + r.Width, r.Y + r.Height), toImage(r.X, r.Y + r.Height)];

    private static double Distance(PixelPoint a, PixelPoint b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
}
