using System.Globalization;
using System.Text;

namespace QuyHoach.Scanning.Corpus;

/// <summary>
/// Tệp PDF của máy quét: writes scanned JPEG pages as one PDF, each page one image at the scan's resolution (what an
/// office scanner's "scan to PDF" produces: the JPEG embedded as is, DCTDecode), so pdftoppm at the same resolution
/// gives back the scan's pixels.
/// </summary>
public static class ScanPdf
{
    /// <summary>Writes <paramref name="jpegs"/> (grey or colour baseline JPEG) as the pages of one PDF.</summary>
    public static void Write(Stream output, IReadOnlyList<byte[]> jpegs, int dpi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(jpegs);
        var offsets = new List<long>();
        long written = 0;
        void Raw(byte[] bytes)
        {
            output.Write(bytes);
            written += bytes.Length;
        }

        void Text(string text) => Raw(Encoding.ASCII.GetBytes(text));
        void Begin() => offsets.Add(written);

        Text("%PDF-1.4\n");
        var kids = string.Join(' ', jpegs.Select((_, i) => $"{3 + (3 * i)} 0 R"));
        Begin();
        Text("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Begin();
        Text($"2 0 obj\n<< /Type /Pages /Kids [{kids}] /Count {jpegs.Count} >>\nendobj\n");
        for (var i = 0; i < jpegs.Count; i++)
        {
            var (width, height, components) = Frame(jpegs[i]);
            var (w, h) = (Points(width, dpi), Points(height, dpi));
            var page = 3 + (3 * i);
            Begin();
            Text($"{page} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Resources << /XObject << /Im0 {page + 1} 0 R >> >> /Contents {page + 2} 0 R >>\nendobj\n");
            Begin();
            var colour = components == 1 ? "/DeviceGray" : "/DeviceRGB";
            Text($"{page + 1} 0 obj\n<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {colour} /BitsPerComponent 8 /Filter /DCTDecode /Length {jpegs[i].Length} >>\nstream\n");
            Raw(jpegs[i]);
            Text("\nendstream\nendobj\n");
            var content = $"q {w} 0 0 {h} 0 0 cm /Im0 Do Q";
            Begin();
            Text($"{page + 2} 0 obj\n<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\n");
        }

        var xref = written;
        var table = new StringBuilder($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Text(table.ToString());
    }

    private static string Points(int pixels, int dpi) => (pixels * 72.0 / dpi).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Width, height and colour components from the JPEG's start-of-frame marker.</summary>
    private static (int Width, int Height, int Components) Frame(byte[] jpeg)
    {
        var i = 2;
        while (i + 9 < jpeg.Length)
        {
            if (jpeg[i] != 0xFF)
            {
                break;
            }

            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6], jpeg[i + 9]);
            }

            i += 2 + length;
        }

        throw new ArgumentException("Not a baseline JPEG with a frame header.", nameof(jpeg));
    }
}
