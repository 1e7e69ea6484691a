using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QuyHoach.Web.Features.Reports;
using QuyHoach.Web.Features.Reports.Pages;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// A figure is written the Vietnamese way, with a dot between thousands: the retirement wave's figure at national scope
/// read "32650" (bench/README.md). Rendered by Blazor's own HTML renderer, as the page renders it.
/// </summary>
public sealed class FigureLinkTests
{
    [Theory]
    [InlineData(7, "7")]
    [InlineData(999, "999")]
    [InlineData(1000, "1.000")]
    [InlineData(32650, "32.650")]
    [InlineData(1000110, "1.000.110")]
    public async Task Figure_ShowsThousandsTheVietnameseWay_InTheLinkAndItsLabel(int count, string shown)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var selection = new ReportSelection(new DateOnly(2026, 6, 1), Guid.NewGuid(), [], [], new Dictionary<Guid, string>());
        var figure = ReportFigure.Of("con-lai", "Thời gian công tác còn lại", count, () => []);
        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<FigureLink>(ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(FigureLink.Selection)] = selection,
            [nameof(FigureLink.Report)] = ReportPaths.Wave,
            [nameof(FigureLink.Figure)] = figure,
        }))).ToHtmlString());

        Assert.Contains($">{shown}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"Thời gian công tác còn lại: {shown}, xem danh sách", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}
