using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning.Corpus;

/// <summary>How a voter marks a box, as the corpus draws it.</summary>
public enum MarkStyle
{
    Filled,
    Ticked,
    Crossed,
    Faint,
    Corrected,
}

/// <summary>Draws pen strokes on an upright page raster, in page millimetres (a ballpoint's 0.5–0.8 mm line).</summary>
public sealed class Pen(byte[] pixels, int width, int height, double pixelsPerMm, Random random)
{
    /// <summary>Draws <paramref name="style"/> in <paramref name="box"/>.</summary>
    public void Mark(MmRect box, MarkStyle style)
    {
        ArgumentNullException.ThrowIfNull(box);
        double J() => (random.NextDouble() - 0.5) * 0.8;
        var ink = (byte)random.Next(10, 60);
        var w = 0.5 + (random.NextDouble() * 0.3);
        switch (style)
        {
            case MarkStyle.Filled:
                for (var y = 0.8; y <= 6.2; y += 0.5)
                {
                    Line(box.X + 0.8, box.Y + y, box.X + 6.2, box.Y + y + 0.3, 0.8, ink);
                }

                break;
            case MarkStyle.Ticked:
                Line(box.X + 1.3 + J(), box.Y + 3.8 + J(), box.X + 2.9 + J(), box.Y + 5.7, w, ink);
                Line(box.X + 2.9, box.Y + 5.7, box.X + 5.9 + J(), box.Y + 1.3 + J(), w, ink);
                break;
            case MarkStyle.Crossed:
                Line(box.X + 1.3 + J(), box.Y + 1.3 + J(), box.X + 5.7 + J(), box.Y + 5.7 + J(), w, ink);
                Line(box.X + 5.7 + J(), box.Y + 1.3 + J(), box.X + 1.3 + J(), box.Y + 5.7 + J(), w, ink);
                break;
            case MarkStyle.Faint:
                // A nearly dry pen: about a third of the way from paper to ink.
                var faint = (byte)random.Next(165, 190);
                Line(box.X + 1.3, box.Y + 1.3, box.X + 5.7, box.Y + 5.7, w + 0.2, faint);
                Line(box.X + 5.7, box.Y + 1.3, box.X + 1.3, box.Y + 5.7, w + 0.2, faint);
                break;
            case MarkStyle.Corrected:
                // Filled, then struck through and boxed round: the voter changed their mind.
                Mark(box, MarkStyle.Filled);
                var o = box.Inset(-1.5);
                Line(o.X, o.Y, o.X + o.Width, o.Y, 0.6, ink);
                Line(o.X + o.Width, o.Y, o.X + o.Width, o.Y + o.Height, 0.6, ink);
                Line(o.X + o.Width, o.Y + o.Height, o.X, o.Y + o.Height, 0.6, ink);
                Line(o.X, o.Y + o.Height, o.X, o.Y, 0.6, ink);
                break;
        }
    }

    /// <summary>Handwriting in a write-in area: a few looping strokes.</summary>
    public void Scribble(MmRect area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var x = area.X + 40;
        var y = area.Y + 7;
        for (var i = 0; i < 14; i++)
        {
            var nx = x + 2 + (random.NextDouble() * 3);
            var ny = area.Y + 4 + (random.NextDouble() * 4);
            Line(x, y, nx, ny, 0.5, 40);
            (x, y) = (nx, ny);
        }
    }

    /// <summary>A straight stroke of width <paramref name="widthMm"/>, darkening to <paramref name="level"/>.</summary>
    public void Line(double x0, double y0, double x1, double y1, double widthMm, byte level)
    {
        var (ax, ay, bx, by) = (x0 * pixelsPerMm, y0 * pixelsPerMm, x1 * pixelsPerMm, y1 * pixelsPerMm);
        var r = widthMm * pixelsPerMm / 2;
        var (minX, maxX) = ((int)Math.Floor(Math.Min(ax, bx) - r), (int)Math.Ceiling(Math.Max(ax, bx) + r));
        var (minY, maxY) = ((int)Math.Floor(Math.Min(ay, by) - r), (int)Math.Ceiling(Math.Max(ay, by) + r));
        var (dx, dy) = (bx - ax, by - ay);
        var length2 = Math.Max(1e-9, (dx * dx) + (dy * dy));
        for (var py = Math.Max(0, minY); py <= Math.Min(height - 1, maxY); py++)
        {
            for (var px = Math.Max(0, minX); px <= Math.Min(width - 1, maxX); px++)
            {
                var t = Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / length2, 0, 1);
                var (qx, qy) = (ax + (t * dx) - px, ay + (t * dy) - py);
                var distance = Math.Sqrt((qx * qx) + (qy * qy));
                if (distance <= r + 0.5)
                {
                    // Anti-aliased edge: cover the last half pixel partly.
                    var cover = Math.Clamp(r + 0.5 - distance, 0, 1);
                    var i = (py * width) + px;
                    var target = (byte)(pixels[i] - ((pixels[i] - Math.Min(pixels[i], level)) * cover));
                    pixels[i] = Math.Min(pixels[i], target);
                }
            }
        }
    }
}
