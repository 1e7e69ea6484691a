using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning;

/// <summary>Kết quả đo một ô: empty, marked, or uncertain (to review).</summary>
public enum BoxMark
{
    /// <summary>Ô trống.</summary>
    Empty,

    /// <summary>Ô có đánh dấu (filled, crossed or ticked).</summary>
    Marked,

    /// <summary>Không chắc chắn: faint, corrected or spilling out of the box: the committee decides.</summary>
    Uncertain,
}

/// <summary>What was measured in one box, in thousandths of the sampled area.</summary>
/// <param name="Dark">Share of ink-dark samples inside the box (inset from its printed outline).</param>
/// <param name="Grey">Share of grey samples inside: a faint or erased mark.</param>
/// <param name="Spill">Share of ink-dark samples in a ring just outside the box: a correction or a scribble.</param>
public readonly record struct BoxMeasure(int Dark, int Grey, int Spill);

/// <summary>
/// Đo ô đánh dấu: samples a mark box through the page's homography and classifies it. Darkness of a sample is its
/// place between the page's paper white (the brightest tenth of the ring around the box) and its ink (the fiducial's
/// core): at least half way is ink, a fifth to a half is grey. The thresholds send every doubtful box to review
/// rather than guess (issue 15: zero sheets read wrongly).
/// </summary>
public static class MarkMeter
{
    /// <summary>Inside the box: this far in from its printed edge (clear of the 0.35 mm outline and of registration error).</summary>
    public const double InnerInset = 1.0;

    /// <summary>The ring outside the box runs from this far out…</summary>
    public const double RingFrom = 0.9;

    /// <summary>…to this far out (clear of the table's lines, 2.5 mm away).</summary>
    public const double RingTo = 2.2;

    /// <summary>Ink share (‰) from which a box is marked.</summary>
    public const int MarkedDark = 60;

    /// <summary>Below these shares (‰) a box is empty.</summary>
    public const int EmptyDark = 15;

    public const int EmptyGrey = 30;

    /// <summary>Ink share (‰) of the ring from which a box counts as corrected.</summary>
    public const int SpillLimit = 50;

    /// <summary>Measures <paramref name="box"/> (page millimetres) on <paramref name="image"/>.</summary>
    public static BoxMeasure Measure(GreyImage image, Func<double, double, PixelPoint> toImage, MmRect box, byte ink, double pixelsPerMm)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(toImage);
        ArgumentNullException.ThrowIfNull(box);
        var step = Math.Min(0.2, 1 / pixelsPerMm);
        var ring = new List<byte>();
        var outer = box.Inset(-RingTo);
        for (var y = outer.Y; y <= outer.Y + outer.Height; y += step)
        {
            for (var x = outer.X; x <= outer.X + outer.Width; x += step)
            {
                var dx = Math.Max(box.X - x, x - (box.X + box.Width));
                var dy = Math.Max(box.Y - y, y - (box.Y + box.Height));
                if (Math.Max(dx, dy) >= RingFrom)
                {
                    var p = toImage(x, y);
                    ring.Add(image.Nearest(p.X, p.Y));
                }
            }
        }

        ring.Sort();
        var paper = ring[(int)(ring.Count * 0.9)];
        var range = Math.Max(40, paper - ink);
        int Darkness(byte level) => Math.Clamp((paper - level) * 1000 / range, 0, 1000);
        var spill = ring.Count(level => Darkness(level) >= 500) * 1000 / ring.Count;

        var inner = box.Inset(InnerInset);
        int dark = 0, grey = 0, count = 0;
        for (var y = inner.Y; y <= inner.Y + inner.Height; y += step)
        {
            for (var x = inner.X; x <= inner.X + inner.Width; x += step)
            {
                var p = toImage(x, y);
                var d = Darkness(image.Nearest(p.X, p.Y));
                dark += d >= 500 ? 1 : 0;
                grey += d is >= 200 and < 500 ? 1 : 0;
                count++;
            }
        }

        return new BoxMeasure(dark * 1000 / count, grey * 1000 / count, spill);
    }

    /// <summary>The verdict on a measured box.</summary>
    public static BoxMark Classify(BoxMeasure m)
    {
        if (m.Spill >= SpillLimit)
        {
            return BoxMark.Uncertain;
        }

        if (m.Dark >= MarkedDark)
        {
            return BoxMark.Marked;
        }

        return m.Dark < EmptyDark && m.Grey < EmptyGrey ? BoxMark.Empty : BoxMark.Uncertain;
    }
}
