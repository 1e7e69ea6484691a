using QuyHoach.Domain.Lifecycle;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Planning;

/// <summary>A step with its progress as the Domain's StepProgressRule computes it.</summary>
public sealed record StepWithProgress(RoundStep Step, StepProgress Progress, int Convened, int Present, int MinPresent)
{
    /// <summary>The step's conference (one per step), when held, and its day.</summary>
    public Guid? ConferenceId { get; init; }

    public DateOnly? HeldOn { get; init; }
}

/// <summary>
/// Tiến độ đợt quy hoạch: loads the facts of every step (its conference, attendance measured by the round's rule set
/// against R-QUO-1, each ballot's tally progress, ties awaiting the head) and asks StepProgressRule. The round page,
/// the dashboard, the opening of a conference and the closing of a round all read completion here.
/// </summary>
public static class RoundProgress
{
    /// <summary>A round is running while in draft or in progress: only then can a step be overdue or acted on.</summary>
    public static bool IsRunning(RoundStatus status) => status is RoundStatus.Draft or RoundStatus.InProgress;

    public static async Task<IReadOnlyList<StepWithProgress>> LoadAsync(QuyHoachDbContext db, PlanningRound round, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        return (await LoadManyAsync(db, [round], today, cancellationToken).ConfigureAwait(false))[round.Id];
    }

    /// <summary>
    /// <see cref="LoadAsync"/> for several rounds at once, in two statements whatever their number (the home page asks it
    /// for every running round of a province): each round's steps with their progress, by round id.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlyList<StepWithProgress>>> LoadManyAsync(
        QuyHoachDbContext db, IReadOnlyCollection<PlanningRound> rounds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rounds);
        var stepIds = rounds.SelectMany(r => r.Steps).Select(s => s.Id).ToList();
        var conferences = stepIds.Count == 0 ? [] : await db.Conferences.AsNoTracking().Where(c => stepIds.Contains(c.StepId))
            .Select(c => new ConferenceRow(c.Id, c.StepId, c.HeldOn, c.Members.Count, c.Members.Count(m => m.Present)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var conferenceIds = conferences.Select(c => c.Id).ToList();
        var ballots = conferenceIds.Count == 0 ? [] : await db.Ballots.AsNoTracking().Where(b => conferenceIds.Contains(b.ConferenceId))
            .Select(b => new BallotRow(
                b.ConferenceId,
                b.Status,
                db.TallyEntries.Count(e => e.BallotId == b.Id && !e.Superseded),
                b.Vote == VoteStep.Final && b.SeatsForHead > 0 && !db.HeadDecisions.Any(d => d.BallotId == b.Id)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var byStep = conferences.ToDictionary(c => c.StepId);
        var byConference = ballots.ToLookup(b => b.ConferenceId);
        return rounds.ToDictionary(r => r.Id, r => Evaluate(r, byStep, byConference, today));
    }

    private static IReadOnlyList<StepWithProgress> Evaluate(
        PlanningRound round, Dictionary<Guid, ConferenceRow> conferences, ILookup<Guid, BallotRow> ballots, DateOnly today)
    {
        var quorum = PlanningCodes.RuleSetOf(round)?.Voting.Quorum;
        var steps = round.Steps.OrderBy(s => s.Number).ToList();
        var running = IsRunning(round.Status);
        return steps.Select(step =>
        {
            var held = conferences.GetValueOrDefault(step.Id);
            var later = steps.Any(s => s.Number > step.Number && conferences.ContainsKey(s.Id));
            ConferenceFacts? conference = null;
            if (held is not null)
            {
                var own = ballots[held.Id].ToList();
                conference = new ConferenceFacts(
                    held.HeldOn,
                    quorum?.IsMet(held.Present, held.Convened) == true,
                    own.Select(b => Progress(b.Status, b.Entries)).ToList(),
                    own.Any(b => b.Status == BallotStatus.ResultsComputed && b.TieOpen));
            }

            var facts = new StepFacts(step.BodyId is not null, step.Vote is not null, step.Announced, step.DueOn, step.CompletedOn, later, conference);
            return new StepWithProgress(
                step, StepProgressRule.Evaluate(facts, running, today), held?.Convened ?? 0, held?.Present ?? 0, held is null || quorum is null ? 0 : quorum.MinPresent(held.Convened))
            { ConferenceId = held?.Id, HeldOn = held?.HeldOn };
        }).ToList();
    }

    /// <summary>Why an unfinished step holds up what comes after it, ending with <paramref name="consequence"/>.</summary>
    public static string Unfinished(StepWithProgress pending, string consequence)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var (n, name) = (pending.Step.Number, pending.Step.Name);
        return pending.Progress.Next switch
        {
            StepNextAction.OpenConference => $"Chưa tổ chức hội nghị bước {n} ({name}): các bước phải tiến hành theo thứ tự; {consequence}.",
            StepNextAction.RecordAttendance =>
                $"Hội nghị bước {n} ({name}) không đủ số lượng: có mặt {pending.Present}/{pending.Convened} người được triệu tập, cần ít nhất {pending.MinPresent} (R-QUO-1). Bước {n} chưa hoàn thành, {consequence}.",
            StepNextAction.HeadDecision => $"Có trường hợp bằng phiếu ở vị trí cuối chưa được người đứng đầu quyết định (R-TIE-1); {consequence}.",
            _ => $"Bước {n} ({name}) còn phiếu chưa có kết quả kiểm phiếu; {consequence}.",
        };
    }

    private sealed record ConferenceRow(Guid Id, Guid StepId, DateOnly HeldOn, int Convened, int Present);

    private sealed record BallotRow(Guid ConferenceId, BallotStatus Status, int Entries, bool TieOpen);

    private static BallotProgress Progress(BallotStatus status, int liveEntries) => status switch
    {
        BallotStatus.AwaitingEntries => liveEntries == 0 ? BallotProgress.NoEntry : BallotProgress.OneEntry,
        BallotStatus.Mismatch => BallotProgress.Mismatch,
        BallotStatus.Reconciled => BallotProgress.Reconciled,
        BallotStatus.ResultsComputed => BallotProgress.Results,
    };
}
