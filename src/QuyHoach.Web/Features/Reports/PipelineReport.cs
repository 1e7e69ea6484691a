using QuyHoach.Domain.Dossiers;
using QuyHoach.Domain.Lifecycle;
using QuyHoach.Web.Features.Planning;

namespace QuyHoach.Web.Features.Reports;

/// <summary>One step of a running round as the report shows it: where, its due date and its timeliness (StepProgressRule).</summary>
public sealed record PipelineStep(PipelineRound Round, StepWithProgress Step, string Unit, string Timeliness);

/// <summary>Tiến độ quy hoạch: rounds by status, the running rounds' steps, dossiers, approval decisions and appointments.</summary>
public sealed record PipelineView(
    BenchSnapshot Snapshot,
    IReadOnlyList<ReportFigure> RoundsByStatus,
    IReadOnlyList<PipelineStep> Steps,
    IReadOnlyList<ReportFigure> StepsByTimeliness,
    IReadOnlyList<ReportFigure> Dossiers,
    IReadOnlyList<ReportFigure> Decisions,
    IReadOnlyList<ReportFigure> Appointments);

/// <summary>
/// Báo cáo tiến độ: the rounds of the scope by status on the report's day; each step of a running round with its due date
/// and delay (StepProgressRule: overdue, due today, not yet due, done on time or late); the dossiers by completeness
/// (R-DOS-1) and freshness (R-DOS-2: an item stale, or to be renewed before the consideration date or the deadline); the
/// approval decisions against the 30-working-day deadline from the complete dossier (R-AUTH-2: approved, due, overdue);
/// the appointments from the plan made by the day, and the planned cadres appointable by then (R-PRI-8).
/// </summary>
public static class PipelineReport
{
    private static readonly (RoundStatus Status, string Key, string Label)[] Statuses =
    [
        (RoundStatus.Draft, "dot-chuan-bi", "Đợt quy hoạch đang chuẩn bị"),
        (RoundStatus.InProgress, "dot-dang-tien-hanh", "Đợt quy hoạch đang tiến hành"),
        (RoundStatus.Closed, "dot-da-ket-thuc", "Đợt quy hoạch đã kết thúc"),
        (RoundStatus.Cancelled, "dot-da-huy", "Đợt quy hoạch đã hủy"),
    ];

    private static readonly (StepTimeliness Timeliness, string Key, string Label)[] Timelinesses =
    [
        (StepTimeliness.Overdue, "buoc-qua-han", "Bước quá hạn"),
        (StepTimeliness.DueToday, "buoc-den-han", "Bước đến hạn trong ngày"),
        (StepTimeliness.NotYetDue, "buoc-chua-den-han", "Bước chưa đến hạn"),
        (StepTimeliness.OnTime, "buoc-dung-han", "Bước hoàn thành đúng hạn"),
        (StepTimeliness.Late, "buoc-tre-han", "Bước hoàn thành trễ hạn"),
    ];

    public static PipelineView Build(BenchSnapshot snapshot, PipelineFacts facts)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(facts);
        var rounds = Statuses.Select(s => ReportFigure.Of(s.Key, s.Label, [.. facts.Rounds.Where(r => r.Status == s.Status).Select(r =>
            new ReportRow(r.Name, snapshot.UnitOf(r.UnitId), PlanningLabels.Status(PlanningCodes.Of(r.Status)), $"/dot-quy-hoach/{r.Id}"))])).ToList();
        var steps = facts.Rounds.SelectMany(r => r.Steps.Select(s => new PipelineStep(r, s, snapshot.UnitOf(r.UnitId), Timeliness(s)))).ToList();
        var byTimeliness = Timelinesses.Select(t => ReportFigure.Of(t.Key, t.Label, [.. steps.Where(s => s.Step.Progress.Timeliness == t.Timeliness).Select(s =>
            new ReportRow($"{s.Round.Name}, bước {s.Step.Step.Number} ({s.Step.Step.Name})", s.Unit, s.Timeliness, $"/dot-quy-hoach/{s.Round.Id}#buoc-{s.Step.Step.Number}"))])).ToList();

        var dossiers = facts.Dossiers.OrderBy(d => d.FullName, VietnameseNames.Order).ToList();
        ReportFigure Dossiers(string key, string label, Func<PipelineDossier, bool> counts) => ReportFigure.Of(key, label, [.. dossiers.Where(counts).Select(d =>
            new ReportRow(d.FullName, snapshot.UnitOf(d.Round.UnitId), $"{d.TitleName}; {d.Round.Name}{Deadline(d)}", $"/ho-so/{d.Id}"))]);
        var open = (Func<PipelineDossier, bool>)(d => !d.Approved && d.Round.Status != RoundStatus.Cancelled);
        var dossierFigures = new List<ReportFigure>
        {
            Dossiers("hs-tong", "Hồ sơ quy hoạch", _ => true),
            Dossiers("hs-du", "Hồ sơ đủ thành phần", d => d.Check.Complete),
            Dossiers("hs-thieu", "Hồ sơ còn thiếu thành phần", d => open(d) && !d.Check.Complete),
            Dossiers("hs-qua-6-thang", "Hồ sơ có thành phần quá thời hạn sử dụng", d => open(d) && d.Check.Items.Any(i => i.State == ItemState.Stale)),
            Dossiers("hs-sap-het-han", "Hồ sơ có thành phần cần cập nhật trước khi hết hạn", d => open(d) && d.Check.Items.Any(i => i.State == ItemState.ExpiresSoon)),
        };
        var decisions = new List<ReportFigure>
        {
            Dossiers("qd-da-phe-duyet", "Đã có quyết định phê duyệt quy hoạch", d => d.Approved),
            Dossiers("qd-trong-han", "Chờ phê duyệt, còn trong hạn thẩm định, phê duyệt", d => open(d) && d.Check.Deadline is { IsLate: false }),
            Dossiers("qd-qua-han", "Chờ phê duyệt, đã quá hạn thẩm định, phê duyệt", d => open(d) && d.Check.Deadline is { IsLate: true }),
        };

        var titles = snapshot.Titles.ToDictionary(t => t.Id);
        var appointed = ReportFigure.Of("bn-da-bo-nhiem", "Đã bổ nhiệm từ quy hoạch", [.. facts.Appointments.OrderByDescending(a => a.StartedOn).ThenBy(a => a.FullName, VietnameseNames.Order).Select(a =>
            new ReportRow(a.FullName, snapshot.UnitOf(titles[a.TitleId].UnitId), $"{titles[a.TitleId].Name} từ {PlanningLabels.Date(a.StartedOn)}", $"/can-bo/{a.CadreId}"))]);
        var done = facts.Appointments.Select(a => (a.CadreId, a.TitleId)).ToHashSet();
        var possible = ReportFigure.Of("bn-co-the", "Cán bộ quy hoạch đã có thể bổ nhiệm (đủ thời gian chờ sau phê duyệt)", [.. snapshot.Planned
            .Where(l => l.AppointableFrom <= snapshot.AsOf && !done.Contains((l.Person.Id, l.Title.Id))).OrderBy(l => l.Person.FullName, VietnameseNames.Order).Select(l =>
                new ReportRow(l.Person.FullName, snapshot.UnitOf(l.Title.UnitId), $"{l.Title.Name}, bổ nhiệm được từ {PlanningLabels.Date(l.AppointableFrom)}", l.Person.Href))]);
        return new PipelineView(snapshot, rounds, steps, byTimeliness, dossierFigures, decisions, [appointed, possible]);
    }

    /// <summary>Every figure of <paramref name="view"/>.</summary>
    public static IEnumerable<ReportFigure> Figures(PipelineView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.RoundsByStatus.Concat(view.StepsByTimeliness).Concat(view.Dossiers).Concat(view.Decisions).Concat(view.Appointments);
    }

    /// <summary>"Hạn dd/MM/yyyy, quá hạn N ngày": a step's due date and delay as the report's day reads them.</summary>
    private static string Timeliness(StepWithProgress s)
    {
        var due = s.Step.DueOn is { } d ? $"hạn {PlanningLabels.Date(d)}" : "không có hạn";
        return s.Progress.Timeliness switch
        {
            StepTimeliness.Overdue => $"{due}, quá hạn {s.Progress.Days} ngày",
            StepTimeliness.DueToday => $"{due}, đến hạn trong ngày",
            StepTimeliness.NotYetDue => $"{due}, còn {s.Progress.Days} ngày",
            StepTimeliness.OnTime => $"{due}, hoàn thành đúng hạn",
            StepTimeliness.Late => $"{due}, hoàn thành trễ {s.Progress.Days} ngày",
            _ => due,
        };
    }

    private static string Deadline(PipelineDossier d) => d.Check.Deadline is { } deadline && !d.Approved
        ? $"; hạn phê duyệt {PlanningLabels.Date(deadline.DueOn)}{(deadline.IsLate ? " (đã quá hạn)" : "")}"
        : "";
}
