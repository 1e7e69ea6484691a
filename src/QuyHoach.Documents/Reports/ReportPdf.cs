using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QuyHoach.Documents.Charts;
using QuyHoach.Documents.Pdf;

namespace QuyHoach.Documents.Reports;

/// <summary>
/// A report as PDF: portrait A4, the title, unit and day, the chart as the PNG drawn from the same plot as the page's
/// SVG (BarChartDrawing), then every figure with its number, on as many pages as needed. The font (Liberation Serif,
/// every Vietnamese glyph) is embedded (VietnameseFontResolver).
/// </summary>
public static class ReportPdf
{
    private const double MmToPoints = 72 / 25.4;

    public static void Write(Stream output, ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        PdfFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = report.Title;
        document.Language = "vi-VN";
        var title = new XFont(VietnameseFontResolver.FamilyName, 14, XFontStyleEx.Bold);
        var plain = new XFont(VietnameseFontResolver.FamilyName, 11);
        var (left, top) = (20 * MmToPoints, 20 * MmToPoints);
        var page = NewPage(document);
        var graphics = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - left - (15 * MmToPoints);
        var bottom = page.Height.Point - (20 * MmToPoints);
        var y = top;
        graphics.DrawString(report.Title, title, XBrushes.Black, new XRect(left, y, width, 18), XStringFormats.TopLeft);
        y += 22;
        graphics.DrawString(report.Subtitle, plain, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopLeft);
        y += 22;
        using (var png = new MemoryStream(BarChartDrawing.Png(report.Chart)))
        {
            using var image = XImage.FromStream(png);
            var height = width * BarChartDrawing.Height / BarChartDrawing.Width;
            graphics.DrawImage(image, left, y, width, height);
            y += height + 12;
        }

        var numberWidth = 40.0;
        foreach (var figure in report.Figures)
        {
            var lines = Wrap(graphics, figure.Label, plain, width - numberWidth - 6);
            var rowHeight = (lines.Count * 14) + 4;
            if (y + rowHeight > bottom)
            {
                graphics.Dispose();
                page = NewPage(document);
                graphics = XGraphics.FromPdfPage(page);
                y = top;
            }

            for (var i = 0; i < lines.Count; i++)
            {
                graphics.DrawString(lines[i], plain, XBrushes.Black, new XRect(left, y + (i * 14), width - numberWidth, 14), XStringFormats.TopLeft);
            }

            graphics.DrawString(figure.Count.ToString(CultureInfo.InvariantCulture), plain, XBrushes.Black, new XRect(left + width - numberWidth, y, numberWidth, 14), XStringFormats.TopRight);
            graphics.DrawLine(XPens.LightGray, left, y + rowHeight - 2, left + width, y + rowHeight - 2);
            y += rowHeight;
        }

        graphics.Dispose();
        document.Save(output, closeStream: false);
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        return page;
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="width"/>, at spaces.</summary>
    private static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }
}
