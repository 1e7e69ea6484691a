using QuyHoach.Documents.Pdf;
using ScottPlot;

namespace QuyHoach.Documents.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> with ScottPlot 5 (ADR 0012): SVG for the page, PNG for the PDF, from the same plot.
/// Text is set in the serif face the PDFs embed (VietnameseFontResolver's candidates), registered with ScottPlot from
/// its file, so the PNG carries every Vietnamese diacritic without relying on the system's font configuration.
/// </summary>
public static class BarChartDrawing
{
    public const int Width = 800;
    public const int Height = 400;

    private const string FontName = VietnameseFontResolver.FamilyName;
    private static readonly Lock Gate = new();
    private static bool fontAdded;

    /// <summary>Whether a chart can be drawn here: the font is installed (VietnameseFontResolver.Installed); otherwise
    /// <see cref="Svg"/> and <see cref="Png"/> throw <see cref="FontMissingException"/>.</summary>
    public static bool CanDraw => VietnameseFontResolver.Installed() is not null;

    /// <summary>The chart as an SVG element to place in a page: no XML declaration, and a view box so it scales to its container.</summary>
    public static string Svg(BarChart chart)
    {
        var xml = Draw(chart).GetSvgXml(Width, Height);
        var start = xml.IndexOf("<svg", StringComparison.Ordinal);
        return xml[start..].Replace("<svg ", $"<svg viewBox=\"0 0 {Width} {Height}\" ", StringComparison.Ordinal);
    }

    public static byte[] Png(BarChart chart) => Draw(chart).GetImageBytes(Width, Height, ImageFormat.Png);

    private static Plot Draw(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        EnsureFont();
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var count = chart.Series.Count;
        const double groupWidth = 0.8;
        var barWidth = groupWidth / Math.Max(1, count);
        for (var s = 0; s < count; s++)
        {
            var color = palette.GetColor(s);
            var series = chart.Series[s];
            var bars = series.Values.Select((v, i) => new Bar
            {
                Position = i - (groupWidth / 2) + (barWidth * (s + 0.5)),
                Value = v,
                Size = barWidth,
                FillColor = color,
                Label = v.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontName = FontName;
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series.Name, FillColor = color });
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            ticks.AddMajor(i, chart.Categories[i]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Margins(bottom: 0);
        plot.Title(chart.Title);
        plot.YLabel(chart.ValueLabel);
        plot.ShowLegend(Alignment.UpperRight);
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        return plot;
    }

    private static void EnsureFont()
    {
        lock (Gate)
        {
            if (!fontAdded)
            {
                var regular = VietnameseFontResolver.Installed()?.Regular ?? throw new FontMissingException();
                Fonts.AddFontFile(FontName, regular);
                fontAdded = true;
            }
        }
    }
}
