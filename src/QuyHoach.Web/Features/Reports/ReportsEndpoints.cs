using Microsoft.AspNetCore.Mvc;

namespace QuyHoach.Web.Features.Reports;

/// <summary>One figure of a report: its key (the <c>chi-so</c> of its list), label and number.</summary>
public sealed record FigureCount(string Key, string Label, int Count);

/// <summary>The figures of a report for a day and a unit.</summary>
public sealed record ReportFigures(string AsOf, string Unit, IReadOnlyList<FigureCount> Figures);

/// <summary>Downloads of the reports under <c>/api/v1/reports</c> (the same selection as the pages: ngay, don-vi).</summary>
public static class ReportsEndpoints
{
    public static RouteGroupBuilder MapReportsEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var reports = api.MapGroup("/reports").WithTags("Báo cáo");
        reports.MapGet("/{report}", async (string report, [FromQuery(Name = "ngay")] string? asOf, [FromQuery(Name = "don-vi")] Guid? unit, ClaimsPrincipal user, ReportsHandler h, CancellationToken ct) =>
            {
                if (!ReportsHandler.Names.ContainsKey(report))
                {
                    return new Outcome<ReportFigures>(null, Refusal.NotFound("Không tìm thấy báo cáo.")).ToHttp();
                }

                var outcome = await h.HandleAsync(PlanningActor.From(user), asOf, unit, ct, report).ConfigureAwait(false);
                return (outcome.Value is { } set
                    ? new ReportFigures(PlanningLabels.Date(set.Selection.AsOf), set.Selection.UnitName, [.. ReportsHandler.Figures(set, report).Select(f => new FigureCount(f.Key, f.Label, f.Count))])
                    : new Outcome<ReportFigures>(null, outcome.Refusal)).ToHttp();
            })
            .WithName("ReportFigures").WithSummary("Các chỉ số của một báo cáo tại một ngày, cho một đơn vị trong phạm vi");
        reports.MapGet("/{report}/report.xlsx", (string report, [FromQuery(Name = "ngay")] string? asOf, [FromQuery(Name = "don-vi")] Guid? unit, ClaimsPrincipal user, ReportFiles h, CancellationToken ct) =>
                SendAsync(h.ReportAsync(PlanningActor.From(user), report, pdf: false, asOf, unit, ct)))
            .WithName("ReportWorkbook").WithSummary("Các chỉ số của một báo cáo (XLSX)");
        reports.MapGet("/{report}/report.pdf", (string report, [FromQuery(Name = "ngay")] string? asOf, [FromQuery(Name = "don-vi")] Guid? unit, ClaimsPrincipal user, ReportFiles h, CancellationToken ct) =>
                SendAsync(h.ReportAsync(PlanningActor.From(user), report, pdf: true, asOf, unit, ct)))
            .WithName("ReportPdf").WithSummary("Báo cáo với biểu đồ và các chỉ số (PDF, A4)");
        reports.MapGet("/{report}/list.xlsx", (string report, [FromQuery(Name = "chi-so")] string? key, [FromQuery(Name = "ngay")] string? asOf, [FromQuery(Name = "don-vi")] Guid? unit, ClaimsPrincipal user, ReportFiles h, CancellationToken ct) =>
                SendAsync(h.ListAsync(PlanningActor.From(user), report, key, asOf, unit, ct)))
            .WithName("ReportList").WithSummary("Danh sách đứng sau một chỉ số của báo cáo (XLSX)");
        return api;
    }

    private static async Task<IResult> SendAsync(Task<Outcome<Outputs.DocumentFile>> file)
    {
        var outcome = await file.ConfigureAwait(false);
        return outcome.Value is { } f ? Results.File(f.Content, f.ContentType, f.FileName) : outcome.ToHttp();
    }
}
