using System.Diagnostics;
using System.Text;

namespace QuyHoach.Documents.Tests.Layout;

/// <summary>Runs a poppler-utils tool (./test installs the package) on a PDF and returns what it prints.</summary>
internal static class Poppler
{
    public static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"quyhoach-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(path);
            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} (poppler-utils) không chạy được.");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The text pdftotext reads inside a box of page <paramref name="page"/> (1-based), in points from the top left.</summary>
    public static string TextIn(byte[] pdf, int page, double x, double y, double width, double height)
    {
        string P(double v) => ((int)Math.Round(v)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Run("pdftotext", pdf, "-enc", "UTF-8", "-f", P(page), "-l", P(page), "-x", P(x), "-y", P(y), "-W", P(width), "-H", P(height)).Trim();
    }

    /// <summary>pdffonts' rows: (name, embedded) for every font of the file.</summary>
    public static List<(string Name, bool Embedded)> Fonts(byte[] pdf)
    {
        var lines = Run("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // A header line ("name type encoding emb sub uni object ID"), then dashes that give each column's width.
        var columns = System.Text.RegularExpressions.Regex.Matches(lines[1], "-+").Select(m => (m.Index, m.Length)).ToList();
        string Cell(string line, int column) => line.Substring(columns[column].Index, columns[column].Length).Trim();
        return [.. lines.Skip(2).Select(l => (Cell(l, 0), Cell(l, 3) == "yes"))];
    }
}
