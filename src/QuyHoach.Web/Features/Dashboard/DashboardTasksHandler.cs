using QuyHoach.Domain.Lifecycle;
using QuyHoach.Web.Database;
using QuyHoach.Web.Features.Plans;

namespace QuyHoach.Web.Features.Dashboard;

/// <summary>One thing waiting for someone: what, where to act, and whether it is late.</summary>
public sealed record DashboardTask(string Text, string Href, bool Late);

/// <summary>
/// Việc cần xử lý: steps overdue or due today, tallies to enter or reconcile, conferences held today, dossiers with
/// items missing or stale, approval decisions due.
/// </summary>
public sealed record DashboardTasks(
    IReadOnlyList<DashboardTask> OverdueSteps,
    IReadOnlyList<DashboardTask> SecondEntries,
    IReadOnlyList<DashboardTask> DecisionsDue,
    IReadOnlyList<DashboardTask> ConferencesToday,
    IReadOnlyList<DashboardTask> Dossiers)
{
    public static DashboardTasks None { get; } = new([], [], [], [], []);

    public bool Any => OverdueSteps.Count + SecondEntries.Count + DecisionsDue.Count + ConferencesToday.Count + Dossiers.Count > 0;
}

/// <summary>
/// What staff and leaders have waiting in the rounds of their scope (RoundScope): steps past their due date or due
/// today, tallies to enter (first or second entry, or a mismatch) and conferences held today, as RoundProgress reads
/// them for running rounds; and, for closed rounds, the dossiers with items missing or stale (R-DOS-1/2) and those whose
/// approval decision is due within the rule set's working days (R-AUTH-2), as DossierQuery judges them. A counter sees only the tallies that wait for them: on the
/// conference's counting committee, and not yet entered by them (a mismatch waits for every member). Other roles get
/// nothing here.
/// </summary>
public sealed class DashboardTasksHandler(QuyHoachDbContext db, TimeProvider clock, DossierQuery dossiers)
{
    public async Task<DashboardTasks> HandleAsync(PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var counterOnly = actor.IsCounter && !actor.IsStaff && !actor.IsLeader;
        if (!actor.IsStaff && !actor.IsLeader && !counterOnly)
        {
            return DashboardTasks.None;
        }

        var today = VietnamTime.Today(clock);
        var (overdue, second, due) = (new List<DashboardTask>(), new List<DashboardTask>(), new List<DashboardTask>());
        var (conferences, dossierTasks) = (new List<DashboardTask>(), new List<DashboardTask>());
        // The rounds of the scope (OrganisationScope, read once), in SQL; a closed round matters to staff and leaders
        // only for its dossiers, so closed rounds without any are not read (170 of 204 rounds at province size).
        var units = (await OrganisationScope.UnitsAsync(db, actor.OrganisationId, cancellationToken).ConfigureAwait(false)).Select(u => u.Id).ToList();
        var unitRows = IdRows.Of(db, units);
        var rounds = await db.PlanningRounds.AsNoTracking().Include(r => r.Steps)
            .Where(r => r.Status != RoundStatus.Cancelled && unitRows.Contains(r.OrganisationId))
            .Where(r => counterOnly || r.Status != RoundStatus.Closed || db.Dossiers.Any(d => d.RoundId == r.Id))
            .OrderBy(r => r.CreatedAt).ToListKeepingRuleSetsAsync(db, cancellationToken).ConfigureAwait(false);
        // Every running round's progress in one batch (RoundProgress, the one place that computes it), not a read per round.
        var running = rounds.Where(r => r.Status != RoundStatus.Closed || counterOnly).ToList();
        var progressOf = await RoundProgress.LoadManyAsync(db, running, today, cancellationToken).ConfigureAwait(false);
        foreach (var round in rounds)
        {
            if (round.Status == RoundStatus.Closed && !counterOnly)
            {
                await AddDossiersAsync(actor, round, due, dossierTasks, cancellationToken).ConfigureAwait(false);
                continue;
            }

            foreach (var line in progressOf[round.Id])
            {
                var (step, progress) = (line.Step, line.Progress);
                var where = $"{round.Name}, bước {step.Number} ({step.Name})";
                if (progress.Timeliness == StepTimeliness.Overdue && !counterOnly)
                {
                    overdue.Add(new($"{where}: quá hạn {progress.Days} ngày (hạn {PlanningLabels.Date(step.DueOn)})", $"/dot-quy-hoach/{round.Id}#buoc-{step.Number}", true));
                }
                else if (progress.Timeliness == StepTimeliness.DueToday && !counterOnly)
                {
                    overdue.Add(new($"{where}: đến hạn hôm nay", $"/dot-quy-hoach/{round.Id}#buoc-{step.Number}", false));
                }

                if (progress.State is StepState.InSession or StepState.AwaitingSecondEntry && !counterOnly && line.HeldOn == today && line.ConferenceId is { } todays)
                {
                    conferences.Add(new($"{where}: hội nghị hôm nay", $"/hoi-nghi/{todays}", false));
                }

                if (progress.Next == StepNextAction.EnterTally && progress.State != StepState.AwaitingSecondEntry && !counterOnly)
                {
                    second.Add(new($"{where}: biên bản kiểm phiếu chờ nhập", $"/hoi-nghi/{Held(line)}", false));
                }

                if (progress.State == StepState.AwaitingSecondEntry)
                {
                    var conference = Held(line);
                    if (counterOnly && !await WaitsForCounterAsync(actor, conference, progress.Next == StepNextAction.ResolveMismatch, cancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }

                    var what = progress.Next == StepNextAction.ResolveMismatch ? "hai lần nhập biên bản chênh lệch, cần nhập lại hoặc giải quyết" : "biên bản kiểm phiếu chờ nhập lần hai";
                    second.Add(new($"{where}: {what}", $"/hoi-nghi/{conference}", false));
                }
            }
        }

        return new DashboardTasks(overdue, second, due, conferences, dossierTasks);
    }

    /// <summary>The step's conference: a tally waits only in a held conference (StepProgressRule), so it is there.</summary>
    private static Guid Held(StepWithProgress line) =>
        line.ConferenceId ?? throw new InvalidOperationException("A tally waits in a step without a conference.");

    private async Task<bool> WaitsForCounterAsync(PlanningActor actor, Guid conferenceId, bool mismatch, CancellationToken cancellationToken)
    {
        var onCommittee = await db.Conferences.Where(c => c.Id == conferenceId).SelectMany(c => c.Counters).AnyAsync(m => m.UserId == actor.UserId, cancellationToken).ConfigureAwait(false);
        return onCommittee && (mismatch || !await db.TallyEntries.AnyAsync(
            e => !e.Superseded && e.EnteredByUserId == actor.UserId && db.Ballots.Any(b => b.Id == e.BallotId && b.ConferenceId == conferenceId && b.AcceptedEntryId == null),
            cancellationToken).ConfigureAwait(false));
    }

    private async Task AddDossiersAsync(PlanningActor actor, PlanningRound round, List<DashboardTask> due, List<DashboardTask> incomplete, CancellationToken cancellationToken)
    {
        var view = await dossiers.RoundAsync(actor, round.Id, cancellationToken).ConfigureAwait(false);
        foreach (var line in view.Value?.Dossiers.Where(d => d.ApprovedBy is null && (!d.Complete || d.Stale > 0)) ?? [])
        {
            var what = !line.Complete ? "còn thiếu thành phần" : $"{line.Stale} thành phần quá thời hạn sử dụng";
            incomplete.Add(new($"{round.Name}: hồ sơ {line.FullName} ({line.TitleName}) {what}", $"/ho-so/{line.Id}", line.Stale > 0));
        }

        foreach (var line in view.Value?.Dossiers.Where(d => d.ApprovedBy is null && d.DueOn is not null) ?? [])
        {
            var text = $"{round.Name}: phê duyệt quy hoạch {line.FullName} ({line.TitleName}) hạn {PlanningLabels.Date(line.DueOn)}{(line.Late ? ", đã quá hạn" : "")}";
            due.Add(new(text, $"/dot-quy-hoach/{round.Id}/ho-so", line.Late));
        }
    }
}
