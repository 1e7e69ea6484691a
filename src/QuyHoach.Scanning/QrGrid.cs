using QuyHoach.Documents.Ballots;
using ZXing;
using ZXing.QrCode.Internal;

namespace QuyHoach.Scanning;

/// <summary>
/// Đọc mã QR theo lưới: the second way of reading a page's code, for the pages where ZXing's detector finds no code in
/// the crop (a pen stroke or a stamp across a finder pattern, a blurred or noisy low-resolution scan). The page's
/// homography already says where every module of the code lies (the code fills <see cref="BallotGeometry.QrArea"/>
/// with a four-module quiet zone), so each module is sampled at its centre, the samples are split into dark and light
/// by Otsu's threshold, and the module grid goes straight to ZXing's QR decoder, whose Reed–Solomon correction repairs
/// the damaged modules or refuses the grid. A grid is tried for each QR version a ballot code can have and a few
/// sub-module offsets (registration error); a wrong decode is not a risk: the decoder only returns a grid whose error
/// correction succeeds, and the code then names its ballot, layout and page, which the reader checks.
/// </summary>
public static class QrGrid
{
    /// <summary>The versions tried: the ballot code's length puts it at version 3 or 4 at level M; 1–6 for margin.</summary>
    private static readonly int[] Versions = [3, 4, 2, 5, 1, 6];

    /// <summary>The offsets tried, in modules, for registration error.</summary>
    private static readonly (double X, double Y)[] Offsets = [(0, 0), (-0.3, 0), (0.3, 0), (0, -0.3), (0, 0.3), (-0.3, -0.3), (0.3, 0.3), (-0.3, 0.3), (0.3, -0.3)];

    private const int QuietZone = 4;

    /// <summary>The code read from the module grid that <paramref name="toImage"/> maps from page millimetres, or null.</summary>
    public static BallotCode? Read(GreyImage image, Func<double, double, PixelPoint> toImage)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(toImage);
        var decoder = new Decoder();
        foreach (var version in Versions)
        {
            var dimension = 17 + (4 * version);
            var module = BallotGeometry.QrArea.Width / (dimension + (2 * QuietZone));
            foreach (var (dx, dy) in Offsets)
            {
                var grid = Sample(image, toImage, dimension, module, dx, dy);
                try
                {
                    if (decoder.decode(grid, null) is { } result && BallotCode.Parse(result.Text) is { } code)
                    {
                        return code;
                    }
                }
                catch (ReaderException)
                {
                }
            }
        }

        return null;
    }

    /// <summary>The modules of a <paramref name="dimension"/>-square code (dark = true), each the mean of five
    /// samples round its centre (a third of a module apart), thresholded by Otsu over the grid.</summary>
    private static bool[][] Sample(GreyImage image, Func<double, double, PixelPoint> toImage, int dimension, double module, double dx, double dy)
    {
        var area = BallotGeometry.QrArea;
        var levels = new byte[dimension * dimension];
        var spread = module / 3;
        for (var r = 0; r < dimension; r++)
        {
            for (var c = 0; c < dimension; c++)
            {
                var x = area.X + ((QuietZone + c + 0.5 + dx) * module);
                var y = area.Y + ((QuietZone + r + 0.5 + dy) * module);
                var sum = Level(image, toImage(x, y)) + Level(image, toImage(x - spread, y)) + Level(image, toImage(x + spread, y))
                    + Level(image, toImage(x, y - spread)) + Level(image, toImage(x, y + spread));
                levels[(r * dimension) + c] = (byte)(sum / 5);
            }
        }

        var threshold = Otsu.Threshold(levels);
        var grid = new bool[dimension][];
        for (var r = 0; r < dimension; r++)
        {
            grid[r] = new bool[dimension];
            for (var c = 0; c < dimension; c++)
            {
                grid[r][c] = levels[(r * dimension) + c] <= threshold;
            }
        }

        return grid;
    }

    /// <summary>The bilinear grey level at a sub-pixel position.</summary>
    private static int Level(GreyImage image, PixelPoint p)
    {
        var (x0, y0) = ((int)Math.Floor(p.X), (int)Math.Floor(p.Y));
        var (fx, fy) = (p.X - x0, p.Y - y0);
        var top = (image.At(x0, y0) * (1 - fx)) + (image.At(x0 + 1, y0) * fx);
        var bottom = (image.At(x0, y0 + 1) * (1 - fx)) + (image.At(x0 + 1, y0 + 1) * fx);
        return (int)Math.Round((top * (1 - fy)) + (bottom * fy));
    }
}
