namespace QuyHoach.Scanning;

/// <summary>Ảnh xám: one scanned page as 8-bit grey levels (0 black, 255 white), rows first.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Pixels">Width × Height grey levels.</param>
public sealed record GreyImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>The grey level at (<paramref name="x"/>, <paramref name="y"/>), white outside the image (a torn or
    /// shifted sheet shows paper there).</summary>
    public byte At(int x, int y) => (uint)x < (uint)Width && (uint)y < (uint)Height ? Pixels[(y * Width) + x] : (byte)255;

    /// <summary>The grey level nearest to a sub-pixel position.</summary>
    public byte Nearest(double x, double y) => At((int)Math.Round(x), (int)Math.Round(y));

    /// <summary>The rectangle [x0, x1) × [y0, y1) clipped to the image, as a new image.</summary>
    public GreyImage Crop(int x0, int y0, int x1, int y1)
    {
        x0 = Math.Clamp(x0, 0, Width);
        x1 = Math.Clamp(x1, x0, Width);
        y0 = Math.Clamp(y0, 0, Height);
        y1 = Math.Clamp(y1, y0, Height);
        var w = x1 - x0;
        var h = y1 - y0;
        var pixels = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            Array.Copy(Pixels, ((y0 + y) * Width) + x0, pixels, y * w, w);
        }

        return new GreyImage(w, h, pixels);
    }
}
