using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Reports;

/// <summary>
/// The reports of one selection, each built from the same snapshot when first used (a page or a download builds only
/// its own); the quality and pipeline reports, which read more, only when asked for (null otherwise).
/// </summary>
public sealed record ReportSet(ReportSelection Selection, BenchSnapshot Snapshot, QualityView? Quality = null, PipelineView? Pipeline = null) : IKeptRead
{
    private CoverageView? coverage;
    private WaveView? wave;
    private StructureView? structure;

    public CoverageView Coverage => coverage ??= CoverageReport.Build(Snapshot);

    public WaveView Wave => wave ??= RetirementWave.Build(Snapshot);

    public StructureView Structure => structure ??= StructureReport.Build(Snapshot);

    /// <summary>About how many rows the set adds to the parts it is built from (KeptRows): its titles and plan lines as
    /// composed, and for quality each incumbent's profile beside its id and the planned cadres' (the incumbents, counts
    /// and facts are the parts', kept and counted apart; a list's set is never kept). What ReportCache weighs it by.</summary>
    public int Rows
    {
        get
        {
            var quality = Quality is null ? 0 : KeptRows.Values(Snapshot.IncumbentHolders?.Count ?? 0) + Snapshot.Planned.Count;
            return Snapshot.Titles.Count + Snapshot.Planned.Count + (Snapshot.IncumbentPeople?.Count ?? 0) + quality;
        }
    }
}

/// <summary>The list behind one figure of a report, named by the report's path and the figure's key.</summary>
public sealed record FigureList(ReportSelection Selection, string Report, string ReportName, ReportFigure Figure);

/// <summary>
/// Báo cáo: reads the selection (ReportScope), the snapshot once (BenchReader) and builds the reports. A page, a
/// download and the home page's figures all ask this handler, so a figure and its list are computed by the same code.
/// A set already computed for the same unit, day and report is served from ReportCache while the data has not changed
/// since it was read; a list behind a figure is always read (it holds every incumbent).
/// </summary>
public sealed class ReportsHandler(ReportScope scope, BenchReader reader, QualityReader quality, PipelineReader pipeline, ReportCache cache, ReadOnlyDb readOnly, ReportWarmer warmer, TimeProvider clock)
{
    /// <summary>The roles ReportWarmer reads as: one that may read reports (PlanAccess.MayRead); a report does not depend on the reader's role.</summary>
    private static readonly IReadOnlySet<string> WarmRoles = new HashSet<string>(StringComparer.Ordinal) { AppRoles.Staff };

    /// <summary>The key of the home page's figures in ReportCache.</summary>
    public const string Home = "home";

    /// <summary>Who may open the report pages: those who may read the plan (PlanAccess.MayRead, the menu's entry).</summary>
    public const string Roles = AppRoles.Staff + "," + AppRoles.Leader + "," + AppRoles.Inspector;

    /// <summary>
    /// The reports, in the menu's order, each with what it reads: structure and pipeline count planned cadres only, so no
    /// incumbent is read for them (29,504 at province size); quality and pipeline read their own facts only when asked for.
    /// </summary>
    public static IReadOnlyList<ReportDefinition> Definitions { get; } =
    [
        new(ReportPaths.Coverage, "Bao phủ quy hoạch theo chức danh", IncumbentsRead.All, ReportReads.SnapshotOnly, s => CoverageReport.Figures(s.Coverage), s => ReportCharts.Coverage(s.Coverage)),
        new(ReportPaths.Wave, "Làn sóng nghỉ hưu 10 năm tới", IncumbentsRead.All, ReportReads.SnapshotOnly, s => RetirementWave.Figures(s.Wave), s => ReportCharts.Wave(s.Wave)),
        new(ReportPaths.Structure, "Cơ cấu đội ngũ quy hoạch", IncumbentsRead.None, ReportReads.SnapshotOnly, s => StructureReport.Figures(s.Structure), s => ReportCharts.Structure(s.Structure)),
        new(ReportPaths.Pipeline, "Tiến độ quy hoạch: đợt, hồ sơ, phê duyệt, bổ nhiệm", IncumbentsRead.None, ReportReads.Pipeline, s => PipelineReport.Figures(Read(s.Pipeline)), s => ReportCharts.Pipeline(Read(s.Pipeline))),
        new(ReportPaths.Quality, "Chất lượng đội ngũ quy hoạch", IncumbentsRead.All, ReportReads.Quality, s => QualityReport.Figures(Read(s.Quality)), s => ReportCharts.Quality(Read(s.Quality))),
    ];

    /// <summary>Report paths under /bao-cao and their names.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = Definitions.ToDictionary(d => d.Path, d => d.Name, StringComparer.Ordinal);

    private static Dictionary<string, ReportDefinition> ByPath { get; } = Definitions.ToDictionary(d => d.Path, StringComparer.Ordinal);

    /// <param name="report">The report asked for (a path of <see cref="Definitions"/>): it decides what is read; none
    /// (the reports' index page) reads the snapshot with every incumbent counted and nothing more.</param>
    /// <param name="lists">True when a list behind a figure is written: the incumbents are read one by one too.</param>
    public async Task<Outcome<ReportSet>> HandleAsync(PlanningActor actor, string? asOf, Guid? unitId, CancellationToken cancellationToken, string? report = null, bool lists = false)
    {
        var selection = await scope.ReadAsync(actor, asOf, unitId, cancellationToken).ConfigureAwait(false);
        if (selection.Value is not { } chosen)
        {
            return selection.Refusal!;
        }

        // Today's reports are read ahead after each change from now on (ReportWarmer); the reports' index reads what coverage reads (KeyOf).
        if (!lists && chosen.AsOf == VietnamTime.Today(clock))
        {
            warmer.Note(new WarmTarget(actor.OrganisationId!.Value, chosen.UnitId, report ?? ReportPaths.Coverage));
        }

        return await SetAsync(actor.OrganisationId!.Value, chosen, report, lists, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads <paramref name="target"/> as of today as a reader of its scope would ask for it (ReportScope checks the unit is
    /// still within it), into ReportCache: ReportWarmer's read ahead. Nothing is noted, returned or shown.
    /// </summary>
    public async Task WarmAsync(WarmTarget target, CancellationToken cancellationToken)
    {
        var reader = new PlanningActor(Guid.Empty, WarmRoles, target.Root);
        var selection = await scope.ReadAsync(reader, null, target.Unit, cancellationToken).ConfigureAwait(false);
        if (selection.Value is not { } chosen)
        {
            return;
        }

        if (target.Report == Home)
        {
            await HomeSetAsync(target.Root, chosen, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The reports built from the set too (coverage, the wave and the index share one: each built on its first use),
        // so that the first request after the change only shows them.
        var set = await SetAsync(target.Root, chosen, target.Report, lists: false, cancellationToken).ConfigureAwait(false);
        foreach (var definition in Definitions.Where(d => KeyOf(d.Path) == KeyOf(target.Report)))
        {
            _ = definition.Figures(set).Count();
        }
    }

    private Task<ReportSet> SetAsync(Guid root, ReportSelection chosen, string? report, bool lists, CancellationToken cancellationToken)
    {
        var definition = report is null ? null : ByPath.GetValueOrDefault(report);
        return cache.GetAsync(readOnly.Context, new ReportKey(root, chosen.UnitId, chosen.AsOf, KeyOf(report)),
            () => ReadAsync(chosen, definition, lists, cancellationToken), keep: !lists, cancellationToken);
    }

    /// <summary>
    /// The key in ReportCache of report <paramref name="report"/>'s set: what it reads (its incumbents and what besides
    /// the snapshot), not its path, so reports that read the same share one set (coverage, the retirement wave and the
    /// reports' index: one read after a change serves all three). Internal, never shown.
    /// </summary>
    public static string KeyOf(string? report)
    {
        var (reads, incumbents) = (report is null ? null : ByPath.GetValueOrDefault(report)) is { } d ? (d.Reads, d.Incumbents) : (ReportReads.SnapshotOnly, IncumbentsRead.All);
        return $"{reads}:{incumbents.Key}";
    }

    private async Task<ReportSet> ReadAsync(ReportSelection chosen, ReportDefinition? definition, bool lists, CancellationToken cancellationToken)
    {
        var incumbents = definition?.Incumbents ?? IncumbentsRead.All;
        // A list is read whole, every time; a report's parts are kept while their own tables are unchanged.
        var snapshot = await reader.ReadAsync(chosen, cancellationToken, lists ? incumbents.WithPeople : incumbents, keep: !lists).ConfigureAwait(false);
        var qualityView = definition?.Reads == ReportReads.Quality ? QualityReport.Build(snapshot, await quality.ReadAsync(snapshot, cancellationToken, keep: !lists).ConfigureAwait(false)) : null;
        var pipelineView = definition?.Reads == ReportReads.Pipeline ? PipelineReport.Build(snapshot, await pipeline.ReadAsync(snapshot, cancellationToken).ConfigureAwait(false)) : null;
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

        warmer.Note(new WarmTarget(actor.OrganisationId!.Value, chosen.UnitId, Home));
        return await HomeSetAsync(actor.OrganisationId!.Value, chosen, cancellationToken).ConfigureAwait(false);
    }

    private Task<ReportSet> HomeSetAsync(Guid root, ReportSelection chosen, CancellationToken cancellationToken)
    {
        // Few retire within the months (a few hundred of 29,504 at province size): read one by one, cheaper than the count.
        var soon = IncumbentsRead.Before(YearMonth.Of(chosen.AsOf).AddMonths(RetirementWave.SoonMonths)).WithPeople;
        return cache.GetAsync(readOnly.Context, new ReportKey(root, chosen.UnitId, chosen.AsOf, Home),
            async () => new ReportSet(chosen, await reader.ReadAsync(chosen, cancellationToken, soon, keep: true).ConfigureAwait(false)), cancellationToken);
    }

    /// <summary>The list behind figure <paramref name="key"/> of report <paramref name="report"/>.</summary>
    public async Task<Outcome<FigureList>> ListAsync(PlanningActor actor, string? report, string? key, string? asOf, Guid? unitId, CancellationToken cancellationToken)
    {
        if (report is null || !Names.TryGetValue(report, out var name) || string.IsNullOrEmpty(key))
        {
            return Refusal.NotFound("Không tìm thấy chỉ số của báo cáo.");
        }

        var set = await HandleAsync(actor, asOf, unitId, cancellationToken, report, lists: true).ConfigureAwait(false);
        if (set.Value is not { } reports)
        {
            return set.Refusal!;
        }

        var figure = Figures(reports, report).FirstOrDefault(f => f.Key == key);
        return figure is null ? Refusal.NotFound("Không tìm thấy chỉ số của báo cáo.") : new FigureList(reports.Selection, report, name, figure);
    }

    /// <summary>Every figure of report <paramref name="report"/> (a path of <see cref="Definitions"/>).</summary>
    public static IEnumerable<ReportFigure> Figures(ReportSet set, string report)
    {
        ArgumentNullException.ThrowIfNull(set);
        return ByPath[report].Figures(set);
    }

    /// <summary>The chart of report <paramref name="report"/>.</summary>
    public static Documents.Charts.BarChart Chart(ReportSet set, string report)
    {
        ArgumentNullException.ThrowIfNull(set);
        return ByPath[report].Chart(set);
    }

    private static T Read<T>(T? view)
        where T : class => view ?? throw new InvalidOperationException($"The report's {typeof(T).Name} was not read: ask the handler for that report.");

    /// <summary>The address of the list behind <paramref name="figure"/> of <paramref name="report"/>.</summary>
    public static string ListHref(ReportSelection selection, string report, ReportFigure figure) =>
        $"/bao-cao/danh-sach?bao-cao={report}&chi-so={Uri.EscapeDataString(figure.Key)}&{selection.Query}";
}
