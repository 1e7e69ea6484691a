using System.Xml.Linq;
using QuyHoach.Documents.Charts;

namespace QuyHoach.Documents.Tests.Charts;

public class BarChartDrawingTests
{
    private static readonly BarChart Chart = new(
        "Số người đến tuổi nghỉ hưu theo năm",
        "Số người",
        ["2026", "2027", "2028"],
        [new ChartSeries("Đương nhiệm", [1, 3, 0]), new ChartSeries("Cán bộ quy hoạch", [0, 1, 2])]);

    [Fact]
    public void Svg_WellFormed_WithTheVietnameseTitleLegendAndCategories()
    {
        var svg = BarChartDrawing.Svg(Chart);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "quyhoach-chart.svg"), svg);

        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("Số người đến tuổi nghỉ hưu theo năm", texts);
        Assert.Contains("Đương nhiệm", texts);
        Assert.Contains("Cán bộ quy hoạch", texts);
        Assert.Contains("2027", texts);
        Assert.Contains("viewBox=\"0 0 800 400\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_APngOfTheChartsSize()
    {
        var png = BarChartDrawing.Png(Chart);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(BarChartDrawing.Width, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
    }
}
