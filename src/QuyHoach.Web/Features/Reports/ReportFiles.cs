using QuyHoach.Documents.Reports;
using QuyHoach.Web.Features.Outputs;

namespace QuyHoach.Web.Features.Reports;

/// <summary>
/// Tải báo cáo: a report's figures as XLSX and as PDF (A4, the chart drawn from the same plot as the page), and the
/// list behind one figure as XLSX; every number is the one the page shows (ReportsHandler).
/// </summary>
public sealed class ReportFiles(ReportsHandler reports)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<Outcome<DocumentFile>> ReportAsync(PlanningActor actor, string report, bool pdf, string? asOf, Guid? unitId, CancellationToken cancellationToken)
    {
        if (!ReportsHandler.Names.TryGetValue(report, out var name))
        {
            return Refusal.NotFound("Không tìm thấy báo cáo.");
        }

        var outcome = await reports.HandleAsync(actor, asOf, unitId, cancellationToken, report).ConfigureAwait(false);
        if (outcome.Value is not { } set)
        {
            return outcome.Refusal!;
        }

        var document = new ReportDocument(
            name,
            $"{set.Selection.UnitName}, tại ngày {PlanningLabels.Date(set.Selection.AsOf)}",
            ReportsHandler.Chart(set, report),
            [.. ReportsHandler.Figures(set, report).Select(f => new ReportFigureLine(f.Label, f.Count))]);
        using var output = new MemoryStream();
        if (pdf)
        {
            ReportPdf.Write(output, document);
        }
        else
        {
            ReportWorkbook.WriteFigures(output, document);
        }

        return new DocumentFile(output.ToArray(), $"bao-cao-{report}.{(pdf ? "pdf" : "xlsx")}", pdf ? "application/pdf" : Xlsx);
    }

    public async Task<Outcome<DocumentFile>> ListAsync(PlanningActor actor, string report, string? key, string? asOf, Guid? unitId, CancellationToken cancellationToken)
    {
        var outcome = await reports.ListAsync(actor, report, key, asOf, unitId, cancellationToken).ConfigureAwait(false);
        if (outcome.Value is not { } list)
        {
            return outcome.Refusal!;
        }

        using var output = new MemoryStream();
        ReportWorkbook.WriteList(output, list.Figure.Rows.Select(r => new ReportListRow(r.Name, r.Unit, r.Detail)));
        return new DocumentFile(output.ToArray(), $"danh-sach-{report}.xlsx", Xlsx);
    }
}
