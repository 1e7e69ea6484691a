using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace QuyHoach.Scanning;

/// <summary>
/// Tệp PDF của máy quét: an office scanner's "scan to PDF" holds one image per page, the scan itself. Such a PDF is not
/// rendered again: poppler's <c>pdfimages</c> takes the images out as they are (JPEG as JPEG, anything else as PNG) and
/// they are decoded in parallel, several times cheaper than rasterising each page with pdftoppm, and at the scan's own
/// resolution. Only when every page is unrotated and holds exactly one image, at 100 to 400 pixels per inch; anything
/// else (vector pages, masks, several images on a page) returns null and the caller rasterises the PDF.
/// </summary>
public static class ScannedPdf
{
    /// <summary>The resolutions (pixels per inch) taken as they are; outside them the PDF is rasterised at the caller's.</summary>
    public const int MinPpi = 100;

    public const int MaxPpi = 400;

    /// <summary>The page images of <paramref name="pdf"/> in page order, or null when it is not a scanner's PDF.</summary>
    public static IReadOnlyList<GreyImage>? Pages(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var folder = Directory.CreateTempSubdirectory("qh-pdfimages-");
        try
        {
            var path = Path.Combine(folder.FullName, "upload.pdf");
            File.WriteAllBytes(path, pdf);
            if (Run("pdfinfo", "-f", "1", "-l", "100000", path) is not { } info || Pages(info) is not { } count
                || !OneImageEach(Run("pdfimages", "-list", path), count)
                || Run("pdfimages", "-j", "-png", path, Path.Combine(folder.FullName, "i")) is null)
            {
                return null;
            }

            // pdfimages numbers the images from 000, padded to three digits at least, so length then name is page order.
            var files = folder.GetFiles("i-*").OrderBy(f => f.Name.Length).ThenBy(f => f.Name, StringComparer.Ordinal).ToArray();
            if (files.Length != count)
            {
                return null;
            }

            var images = new GreyImage?[files.Length];
            Parallel.For(0, files.Length, i => images[i] = ScanDecoder.Image(File.ReadAllBytes(files[i].FullName)));
            return images.All(i => i is not null) ? images.OfType<GreyImage>().ToList() : null;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The page count from pdfinfo's output, or null when a page is rotated or the count is missing.</summary>
    private static int? Pages(string info)
    {
        var lines = info.Split('\n');
        var rotated = lines.Any(l => l.StartsWith("Page ", StringComparison.Ordinal) && l.Contains(" rot:", StringComparison.Ordinal)
            && l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] != "0");
        var pages = lines.FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal))?["Pages:".Length..].Trim();
        return !rotated && int.TryParse(pages, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : null;
    }

    /// <summary>pdfimages' list (page, num, type, width, height, color, comp, bpc, enc, interp, object, ID, x-ppi,
    /// y-ppi, …): one row per page, in page order, each a plain image at the same resolution across and down.</summary>
    private static bool OneImageEach(string? list, int count)
    {
        var rows = list?.Split('\n').Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(r => r.Length >= 14).ToList();
        return rows is not null && rows.Count == count && rows.Select((r, i) =>
            r[0] == (i + 1).ToString(CultureInfo.InvariantCulture) && r[2] == "image"
            && int.TryParse(r[12], NumberStyles.None, CultureInfo.InvariantCulture, out var x)
            && int.TryParse(r[13], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && Math.Abs(x - y) <= 1 && x is >= MinPpi and <= MaxPpi).All(ok => ok);
    }

    /// <summary>The standard output of a poppler tool, or null when it fails or is missing.</summary>
    private static string? Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
