namespace QuyHoach.Scanning;

/// <summary>A connected dark region: its bounding box, pixel count and coordinate sums (for the centroid).</summary>
public sealed record Blob(int Left, int Top, int Right, int Bottom, int Area, long SumX, long SumY);

/// <summary>Connected components (4-connected) of the pixels darker than a threshold.</summary>
public static class Components
{
    /// <summary>Every dark component of <paramref name="image"/>.</summary>
    public static IEnumerable<Blob> Dark(GreyImage image, byte threshold)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (w, h) = (image.Width, image.Height);
        var seen = new bool[w * h];
        var stack = new Stack<int>();
        for (var start = 0; start < seen.Length; start++)
        {
            if (seen[start] || image.Pixels[start] > threshold)
            {
                continue;
            }

            seen[start] = true;
            stack.Push(start);
            var (left, top, right, bottom, area, sumX, sumY) = (int.MaxValue, int.MaxValue, 0, 0, 0, 0L, 0L);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                var (x, y) = (p % w, p / w);
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                area++;
                sumX += x;
                sumY += y;
                Visit(p - 1, x > 0);
                Visit(p + 1, x < w - 1);
                Visit(p - w, y > 0);
                Visit(p + w, y < h - 1);
            }

            yield return new Blob(left, top, right, bottom, area, sumX, sumY);
        }

        void Visit(int q, bool inside)
        {
            if (inside && !seen[q] && image.Pixels[q] <= threshold)
            {
                seen[q] = true;
                stack.Push(q);
            }
        }
    }
}

/// <summary>Otsu's threshold: the grey level that best separates ink from paper in a histogram.</summary>
public static class Otsu
{
    /// <summary>The threshold for <paramref name="pixels"/> (pixels at or below it are ink).</summary>
    public static byte Threshold(ReadOnlySpan<byte> pixels)
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }

        long total = pixels.Length, sumAll = 0;
        for (var i = 0; i < 256; i++)
        {
            sumAll += i * histogram[i];
        }

        long weightBack = 0, sumBack = 0;
        double bestVariance = -1;
        var best = 127;
        for (var t = 0; t < 256; t++)
        {
            weightBack += histogram[t];
            sumBack += t * histogram[t];
            var weightFore = total - weightBack;
            if (weightBack == 0 || weightFore == 0)
            {
                continue;
            }

            var meanBack = sumBack / (double)weightBack;
            var meanFore = (sumAll - sumBack) / (double)weightFore;
            var variance = weightBack * (double)weightFore * (meanBack - meanFore) * (meanBack - meanFore);
            if (variance > bestVariance)
            {
                (bestVariance, best) = (variance, t);
            }
        }

        return (byte)best;
    }
}
