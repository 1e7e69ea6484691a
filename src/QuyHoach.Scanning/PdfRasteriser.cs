using System.Diagnostics;
using System.Globalization;

namespace QuyHoach.Scanning;

/// <summary>
/// Rasterises a PDF with poppler's pdftoppm (Debian's poppler-utils) into grey PGM pages in a private temporary
/// folder, deleted afterwards. The file is passed on standard input, never as a name built from user input.
/// </summary>
public static class PdfRasteriser
{
    /// <summary>The pages of <paramref name="pdf"/> at <paramref name="dpi"/>; empty when pdftoppm cannot read it.</summary>
    public static IReadOnlyList<GreyImage> Pages(byte[] pdf, int dpi)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var folder = Directory.CreateTempSubdirectory("qh-scan-");
        try
        {
            var start = new ProcessStartInfo("pdftoppm")
            {
                RedirectStandardInput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-", Path.Combine(folder.FullName, "p") })
            {
                start.ArgumentList.Add(argument);
            }

            using (var process = Process.Start(start) ?? throw new InvalidOperationException("Không chạy được pdftoppm."))
            {
                var errors = process.StandardError.ReadToEndAsync();
                process.StandardInput.BaseStream.Write(pdf);
                process.StandardInput.Close();
                process.WaitForExit();
                _ = errors.Result;
            }

            // pdftoppm pads page numbers to the width of the last one, so names sort in page order.
            return [.. folder.GetFiles("p-*.pgm").OrderBy(f => f.Name.Length).ThenBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => Pgm.Read(File.ReadAllBytes(f.FullName))).OfType<GreyImage>()];
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>Reads a binary 8-bit PGM (P5), pdftoppm's grey output.</summary>
public static class Pgm
{
    /// <summary>The image, or null when <paramref name="file"/> is not an 8-bit P5 PGM.</summary>
    public static GreyImage? Read(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var position = 0;
        string? Token()
        {
            while (position < file.Length && (char.IsWhiteSpace((char)file[position]) || file[position] == '#'))
            {
                if (file[position] == '#')
                {
                    while (position < file.Length && file[position] != '\n')
                    {
                        position++;
                    }
                }
                else
                {
                    position++;
                }
            }

            var start = position;
            while (position < file.Length && !char.IsWhiteSpace((char)file[position]))
            {
                position++;
            }

            return position > start ? System.Text.Encoding.ASCII.GetString(file, start, position - start) : null;
        }

        if (Token() != "P5" || !int.TryParse(Token(), out var width) || !int.TryParse(Token(), out var height)
            || Token() != "255" || width <= 0 || height <= 0)
        {
            return null;
        }

        position++;
        var length = checked(width * height);
        return file.Length - position >= length ? new GreyImage(width, height, file.AsSpan(position, length).ToArray()) : null;
    }
}
