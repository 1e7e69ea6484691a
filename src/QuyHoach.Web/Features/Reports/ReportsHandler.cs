namespace QuyHoach.Web.Features.Reports;

/// <summary>
/// The reports of one selection, each built from the same snapshot when first used (a page or a download builds only
/// its own); the quality and pipeline reports, which read more, only when asked for (null otherwise).
/// </summary>
public sealed record ReportSet(ReportSelection Selection, BenchSnapshot Snapshot, QualityView? Quality = null, PipelineView? Pipeline = null)
{
    private CoverageView? coverage;
    private WaveView? wave;
    private StructureView? structure;

    public CoverageView Coverage => coverage ??= CoverageReport.Build(Snapshot);

    public WaveView Wave => wave ??= RetirementWave.Build(Snapshot);

    public StructureView Structure => structure ??= StructureReport.Build(Snapshot);
}

/// <summary>The list behind one figure of a report, named by the report's path and the figure's key.</summary>
public sealed record FigureList(ReportSelection Selection, string Report, string ReportName, ReportFigure Figure);

/// <summary>
/// Báo cáo: reads the selection (ReportScope), the snapshot once (BenchReader) and builds the reports. A page, a
/// download and the home page's figures all ask this handler, so a figure and its list are computed by the same code.
/// </summary>
public sealed class ReportsHandler(ReportScope scope, BenchReader reader, QualityReader quality, PipelineReader pipeline)
{
    /// <summary>Who may open the report pages: those who may read the plan (PlanAccess.MayRead, the menu's entry).</summary>
    public const string Roles = AppRoles.Staff + "," + AppRoles.Leader + "," + AppRoles.Inspector;

    /// <summary>Report paths under /bao-cao and their names.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bao-phu"] = "Bao phủ quy hoạch theo chức danh",
        ["nghi-huu"] = "Làn sóng nghỉ hưu 10 năm tới",
        ["co-cau"] = "Cơ cấu đội ngũ quy hoạch",
        ["tien-do"] = "Tiến độ quy hoạch: đợt, hồ sơ, phê duyệt, bổ nhiệm",
        ["chat-luong"] = "Chất lượng đội ngũ quy hoạch",
    };

    /// <param name="report">The report asked for: "chat-luong" and "tien-do" are read only when named.</param>
    public async Task<Outcome<ReportSet>> HandleAsync(PlanningActor actor, string? asOf, Guid? unitId, CancellationToken cancellationToken, string? report = null)
    {
        var selection = await scope.ReadAsync(actor, asOf, unitId, cancellationToken).ConfigureAwait(false);
        if (selection.Value is not { } chosen)
        {
            return selection.Refusal!;
        }

        // Structure and pipeline count planned cadres only: no incumbent is read for them (29,504 at province size).
        var read = report is "co-cau" or "tien-do" ? IncumbentsRead.None : IncumbentsRead.All;
        var snapshot = await reader.ReadAsync(chosen, cancellationToken, read).ConfigureAwait(false);
        var qualityView = report == "chat-luong" ? QualityReport.Build(snapshot, await quality.ReadAsync(snapshot, cancellationToken).ConfigureAwait(false)) : null;
        var pipelineView = report == "tien-do" ? PipelineReport.Build(snapshot, await pipeline.ReadAsync(snapshot, cancellationToken).ConfigureAwait(false)) : null;
        return new ReportSet(chosen, snapshot, qualityView, pipelineView);
    }

    /// <summary>
    /// The home page's figures of the reader's scope today: titles, planned cadres, titles with nobody planned (no
    /// incumbent needed) and the retirements of the next <see cref="RetirementWave.SoonMonths"/> months (only the
    /// incumbents retiring before then are read). Only those four counts and the planned lines may be read from it: its
    /// other figures lack the incumbents retiring later.
    /// </summary>
    public async Task<ReportSet?> HomeAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        var selection = await scope.ReadAsync(actor, null, null, cancellationToken).ConfigureAwait(false);
        if (selection.Value is not { } chosen)
        {
            return null;
        }

        var soon = IncumbentsRead.Before(YearMonth.Of(chosen.AsOf).AddMonths(RetirementWave.SoonMonths));
        return new ReportSet(chosen, await reader.ReadAsync(chosen, cancellationToken, soon).ConfigureAwait(false));
    }

    /// <summary>The list behind figure <paramref name="key"/> of report <paramref name="report"/>.</summary>
    public async Task<Outcome<FigureList>> ListAsync(PlanningActor actor, string? report, string? key, string? asOf, Guid? unitId, CancellationToken cancellationToken)
    {
        if (report is null || !Names.TryGetValue(report, out var name) || string.IsNullOrEmpty(key))
        {
            return Refusal.NotFound("Không tìm thấy chỉ số của báo cáo.");
        }

        var set = await HandleAsync(actor, asOf, unitId, cancellationToken, report).ConfigureAwait(false);
        if (set.Value is not { } reports)
        {
            return set.Refusal!;
        }

        var figure = Figures(reports, report).FirstOrDefault(f => f.Key == key);
        return figure is null ? Refusal.NotFound("Không tìm thấy chỉ số của báo cáo.") : new FigureList(reports.Selection, report, name, figure);
    }

    /// <summary>Every figure of report <paramref name="report"/> (a path of <see cref="Names"/>).</summary>
    public static IEnumerable<ReportFigure> Figures(ReportSet set, string report)
    {
        ArgumentNullException.ThrowIfNull(set);
        return report switch
        {
            "bao-phu" => CoverageReport.Figures(set.Coverage),
            "nghi-huu" => RetirementWave.Figures(set.Wave),
            "chat-luong" => QualityReport.Figures(set.Quality ?? throw new InvalidOperationException("The quality report was not read.")),
            "tien-do" => PipelineReport.Figures(set.Pipeline ?? throw new InvalidOperationException("The pipeline report was not read.")),
            _ => StructureReport.Figures(set.Structure),
        };
    }

    /// <summary>The chart of report <paramref name="report"/>.</summary>
    public static Documents.Charts.BarChart Chart(ReportSet set, string report)
    {
        ArgumentNullException.ThrowIfNull(set);
        return report switch
        {
            "bao-phu" => ReportCharts.Coverage(set.Coverage),
            "nghi-huu" => ReportCharts.Wave(set.Wave),
            "chat-luong" => ReportCharts.Quality(set.Quality ?? throw new InvalidOperationException("The quality report was not read.")),
            "tien-do" => ReportCharts.Pipeline(set.Pipeline ?? throw new InvalidOperationException("The pipeline report was not read.")),
            _ => ReportCharts.Structure(set.Structure),
        };
    }

    /// <summary>The address of the list behind <paramref name="figure"/> of <paramref name="report"/>.</summary>
    public static string ListHref(ReportSelection selection, string report, ReportFigure figure) =>
        $"/bao-cao/danh-sach?bao-cao={report}&chi-so={Uri.EscapeDataString(figure.Key)}&{selection.Query}";
}
