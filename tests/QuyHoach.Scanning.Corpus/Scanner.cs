using SkiaSharp;

namespace QuyHoach.Scanning.Corpus;

/// <summary>What the simulated office scanner does to one page.</summary>
/// <param name="Degrees">Skew (±5°), plus 180 for a page fed upside down.</param>
/// <param name="Scale">Scale (±3 %).</param>
/// <param name="ShiftXMm">Horizontal shift in millimetres.</param>
/// <param name="ShiftYMm">Vertical shift in millimetres.</param>
/// <param name="Noise">Standard deviation of the sensor noise in grey levels.</param>
/// <param name="Blur">Whether the page is slightly out of focus (a 3×3 blur).</param>
/// <param name="JpegQuality">JPEG quality, or 0 for PNG.</param>
/// <param name="Paper">The grey level of the paper (a colour scanner's off-white).</param>
public sealed record ScanDistortion(double Degrees, double Scale, double ShiftXMm, double ShiftYMm, double Noise, bool Blur, int JpegQuality, byte Paper)
{
    /// <summary>A random distortion within the limits.</summary>
    public static ScanDistortion Random(Random random, bool upsideDown)
    {
        ArgumentNullException.ThrowIfNull(random);
        double Between(double a, double b) => a + (random.NextDouble() * (b - a));
        return new ScanDistortion(
            Between(-5, 5) + (upsideDown ? 180 : 0), Between(0.97, 1.03), Between(-4, 4), Between(-4, 4),
            Between(0, 10), random.Next(3) == 0, random.Next(4) == 0 ? 0 : random.Next(55, 92), (byte)random.Next(225, 252));
    }
}

/// <summary>
/// Applies a <see cref="ScanDistortion"/> to an upright page raster as an office scanner would: the scan area is the
/// sheet plus <see cref="MarginMm"/> on every side (so a skewed sheet's corners stay in the image), the sheet drawn
/// skewed, scaled and shifted on a light lid, the paper toned, noise added, optionally blurred, then encoded.
/// </summary>
public static class Scanner
{
    /// <summary>The scan area's margin around the sheet, in millimetres.</summary>
    public const double MarginMm = 10;

    /// <summary>The encoded scan (JPEG or PNG) of <paramref name="page"/>.</summary>
    public static byte[] Scan(byte[] page, int width, int height, double pixelsPerMm, ScanDistortion d, Random random)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(random);
        var margin = (int)Math.Round(MarginMm * pixelsPerMm);
        var (w, h) = (width + (2 * margin), height + (2 * margin));
        var info = new SKImageInfo(w, h, SKColorType.Gray8, SKAlphaType.Opaque);
        using var source = SKImage.FromPixelCopy(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque), page);
        using var target = new SKBitmap(info);
        using (var canvas = new SKCanvas(target))
        {
            canvas.Clear(new SKColor(236, 236, 236));
            canvas.Translate((float)((w / 2.0) + (d.ShiftXMm * pixelsPerMm)), (float)((h / 2.0) + (d.ShiftYMm * pixelsPerMm)));
            canvas.RotateDegrees((float)d.Degrees);
            canvas.Scale((float)d.Scale);
            canvas.Translate(-width / 2f, -height / 2f);
            using var paint = new SKPaint();
            if (d.Blur)
            {
                paint.ImageFilter = SKImageFilter.CreateBlur(0.7f, 0.7f);
            }

            canvas.DrawImage(source, 0, 0, new SKSamplingOptions(SKFilterMode.Linear), paint);
        }

        var pixels = target.GetPixelSpan().ToArray();
        Tone(pixels, d, random);
        using var image = SKImage.FromPixelCopy(info, pixels);
        using var data = d.JpegQuality > 0 ? image.Encode(SKEncodedImageFormat.Jpeg, d.JpegQuality) : image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Paper tone and sensor noise: a level table, and noise drawn from a table of near-normal values.</summary>
    private static void Tone(byte[] pixels, ScanDistortion d, Random random)
    {
        var noise = new short[1 << 16];
        for (var i = 0; i < noise.Length; i++)
        {
            noise[i] = (short)Math.Round(d.Noise * (random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5) * 2);
        }

        var state = (uint)random.Next(1, int.MaxValue);
        for (var i = 0; i < pixels.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            var level = (pixels[i] * d.Paper / 255) + noise[state & 0xFFFF];
            pixels[i] = (byte)Math.Clamp(level, 0, 255);
        }
    }
}
