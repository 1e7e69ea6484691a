using QuyHoach.Documents.Charts;

namespace QuyHoach.Web.Features.Reports;

/// <summary>The paths of the reports under /bao-cao (and /api/v1/reports), named once.</summary>
public static class ReportPaths
{
    public const string Coverage = "bao-phu";
    public const string Wave = "nghi-huu";
    public const string Structure = "co-cau";
    public const string Pipeline = "tien-do";
    public const string Quality = "chat-luong";
}

/// <summary>What a report reads besides the snapshot: nothing, the quality facts (QualityReader) or the pipeline's (PipelineReader).</summary>
public enum ReportReads
{
    SnapshotOnly,
    Quality,
    Pipeline,
}

/// <summary>
/// Một báo cáo: its path and name, what it reads (which incumbents, <see cref="IncumbentsRead"/>, and what besides the
/// snapshot) and how its figures and chart are taken from a <see cref="ReportSet"/>. The handler reads only what the
/// report asked for declares, so a report that counts no incumbent never loads one.
/// </summary>
public sealed record ReportDefinition(
    string Path,
    string Name,
    IncumbentsRead Incumbents,
    ReportReads Reads,
    Func<ReportSet, IEnumerable<ReportFigure>> Figures,
    Func<ReportSet, BarChart> Chart);
