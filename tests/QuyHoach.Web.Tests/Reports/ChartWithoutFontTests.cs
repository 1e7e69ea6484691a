using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Documents.Charts;
using QuyHoach.Documents.Pdf;
using QuyHoach.Web.Features.Api;
using QuyHoach.Web.Features.Reports;
using QuyHoach.Web.Features.Reports.Pages;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// A machine without the Vietnamese font (deployed by hand, without ./run) answered 500 on every report page and every
/// PDF: a report page now shows each chart's table in its place, and a PDF asked for is a 503 that says which package to
/// install; nothing is a fault of the request. Rendered by Blazor's own HTML renderer, as the page renders it (the test
/// machine has the font, so "without" is the component's parameter).
/// </summary>
public sealed class ChartWithoutFontTests
{
    private static readonly BarChart Chart = new("Số người đến tuổi nghỉ hưu theo năm", "Số người", ["2027", "2028"], [new ChartSeries("Đương nhiệm", [3, 5])]);

    [Fact]
    public async Task WithoutTheFont_TheChartsTableIsShownInItsPlace_WithWhatToDo()
    {
        var html = await RenderAsync(drawn: false);

        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Chưa vẽ được biểu đồ vì máy chủ chưa cài phông chữ tiếng Việt", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2028</th><td>5</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("visually-hidden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheFont_TheChartIsDrawn_ItsTableKeptForScreenReaders()
    {
        Assert.True(BarChartDrawing.CanDraw);
        var html = await RenderAsync(drawn: null);

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("visually-hidden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chưa vẽ được biểu đồ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutTheFont_ThePagesPdfLinkIsASentence_TheXlsxLinkStays()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var selection = new ReportSelection(new DateOnly(2026, 6, 1), Guid.NewGuid(), [], [], new Dictionary<Guid, string>());
        string[] drawn = [await RenderDownloadsAsync(renderer, selection, true), await RenderDownloadsAsync(renderer, selection, false)];

        Assert.Contains("report.pdf", drawn[0], StringComparison.Ordinal);
        Assert.DoesNotContain("report.pdf", drawn[1], StringComparison.Ordinal);
        Assert.Contains("report.xlsx", drawn[1], StringComparison.Ordinal);
        Assert.Contains("Báo cáo (PDF) chưa tạo được vì máy chủ chưa cài phông chữ tiếng Việt", drawn[1], StringComparison.Ordinal);
    }

    [Fact]
    public void APdfWithoutTheFont_Is503_SayingWhichPackageToInstall()
    {
        Assert.Equal(503, ApiExceptionHandler.StatusFor(new FontMissingException()));
        Assert.Equal(500, ApiExceptionHandler.StatusFor(new InvalidOperationException("x")));
        var (title, detail) = ApiProblemTexts.For(503);
        Assert.Equal("Máy chủ thiếu phông chữ", title);
        Assert.Contains(VietnameseFontResolver.Package, detail, StringComparison.Ordinal);
    }

    private static Task<string> RenderDownloadsAsync(HtmlRenderer renderer, ReportSelection selection, bool ready) =>
        renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<ReportDownloads>(ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(ReportDownloads.Selection)] = selection,
            [nameof(ReportDownloads.Report)] = ReportPaths.Coverage,
            [nameof(ReportDownloads.PdfReady)] = ready,
        }))).ToHtmlString());

    private static async Task<string> RenderAsync(bool? drawn)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var parameters = new Dictionary<string, object?> { [nameof(ReportChart.Chart)] = Chart };
        if (drawn is { } value)
        {
            parameters[nameof(ReportChart.Drawn)] = value;
        }

        return await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<ReportChart>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
