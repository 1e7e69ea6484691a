using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning;

/// <summary>
/// Tìm dấu định vị: finds the four corner fiducials of a scanned page. A scanner's image holds the sheet with some
/// margin (the scan area is larger than the skewed or shifted sheet), so each fiducial is searched in the corner region
/// of the image (35 % of its width, 25 % of its height): the region is thresholded by Otsu's method, and among its dark
/// components that are solid squares of about the fiducial's size (side, squareness and fill) the one nearest the
/// image's corner is taken; its centroid is the fiducial's centre. The size is judged against a scale read from the
/// image's width as if it spanned 220 mm (an A4 sheet with a margin), which the tolerances absorb.
/// </summary>
public static class FiducialLocator
{
    /// <summary>The width in millimetres an image is assumed to span for the size test.</summary>
    private const double AssumedWidth = 220;

    /// <summary>The centres in image pixels in <see cref="BallotGeometry.Fiducials"/> order (as if the page were upright),
    /// or null when any is missing.</summary>
    public static IReadOnlyList<PixelPoint>? Locate(GreyImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var scale = image.Width / AssumedWidth;
        var (rw, rh) = ((int)(image.Width * 0.35), (int)(image.Height * 0.25));
        var found = new List<PixelPoint>(4);
        foreach (var (right, bottom) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            var x0 = right ? image.Width - rw : 0;
            var y0 = bottom ? image.Height - rh : 0;
            var corner = new PixelPoint(right ? image.Width : 0, bottom ? image.Height : 0);
            if (Find(image.Crop(x0, y0, x0 + rw, y0 + rh), x0, y0, corner, scale) is not { } centre)
            {
                return null;
            }

            found.Add(centre);
        }

        return found;
    }

    private static PixelPoint? Find(GreyImage window, int x0, int y0, PixelPoint corner, double scale)
    {
        var threshold = Otsu.Threshold(window.Pixels);
        var side = BallotGeometry.FiducialSize * scale;
        PixelPoint? best = null;
        var bestDistance = double.MaxValue;
        foreach (var blob in Components.Dark(window, threshold))
        {
            var (w, h) = (blob.Right - blob.Left + 1, blob.Bottom - blob.Top + 1);
            var squareEnough = Math.Abs(w - h) <= 0.2 * Math.Max(w, h);
            var sized = w >= 0.8 * side && w <= 1.4 * side && h >= 0.8 * side && h <= 1.4 * side;
            var solid = blob.Area >= 0.7 * w * h;
            var clear = blob.Left > 0 && blob.Top > 0 && blob.Right < window.Width - 1 && blob.Bottom < window.Height - 1;
            if (!(squareEnough && sized && solid && clear))
            {
                continue;
            }

            var centre = new PixelPoint(x0 + (blob.SumX / (double)blob.Area), y0 + (blob.SumY / (double)blob.Area));
            var distance = Math.Pow(centre.X - corner.X, 2) + Math.Pow(centre.Y - corner.Y, 2);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (centre, distance);
            }
        }

        return best;
    }
}
