namespace QuyHoach.Scanning;

/// <summary>A pixel position in a scanned image.</summary>
public readonly record struct PixelPoint(double X, double Y);

/// <summary>
/// Phép biến đổi phối cảnh: maps page millimetres to image pixels, solved from the four fiducials (8 equations, h33 = 1,
/// Gaussian elimination with partial pivoting).
/// </summary>
public sealed class Homography
{
    private readonly double[] h;

    private Homography(double[] h) => this.h = h;

    /// <summary>The map taking each <paramref name="from"/> point to the matching <paramref name="to"/> point; null
    /// when the points are degenerate (three in a line).</summary>
    public static Homography? Solve(IReadOnlyList<PixelPoint> from, IReadOnlyList<PixelPoint> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = new double[8, 9];
        for (var i = 0; i < 4; i++)
        {
            var (x, y, u, v) = (from[i].X, from[i].Y, to[i].X, to[i].Y);
            double[] rowU = [x, y, 1, 0, 0, 0, -u * x, -u * y, u];
            double[] rowV = [0, 0, 0, x, y, 1, -v * x, -v * y, v];
            for (var c = 0; c < 9; c++)
            {
                a[2 * i, c] = rowU[c];
                a[(2 * i) + 1, c] = rowV[c];
            }
        }

        for (var col = 0; col < 8; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < 8; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (Math.Abs(a[pivot, col]) < 1e-12)
            {
                return null;
            }

            for (var c = 0; c < 9; c++)
            {
                (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
            }

            for (var r = 0; r < 8; r++)
            {
                if (r == col)
                {
                    continue;
                }

                var f = a[r, col] / a[col, col];
                for (var c = col; c < 9; c++)
                {
                    a[r, c] -= f * a[col, c];
                }
            }
        }

        var h = new double[9];
        for (var i = 0; i < 8; i++)
        {
            h[i] = a[i, 8] / a[i, i];
        }

        h[8] = 1;
        return new Homography(h);
    }

    /// <summary>The image position of page point (<paramref name="x"/>, <paramref name="y"/>) in millimetres.</summary>
    public PixelPoint Map(double x, double y)
    {
        var w = (h[6] * x) + (h[7] * y) + h[8];
        return new PixelPoint(((h[0] * x) + (h[1] * y) + h[2]) / w, ((h[3] * x) + (h[4] * y) + h[5]) / w);
    }
}
