using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// A conference with its step and round, loaded for a command: in scope or 404; whether the actor sits on its counting
/// committee; the numbers the quorum is measured on (R-QUO-1).
/// </summary>
public sealed record ConferenceContext(PlanningRound Round, RoundStep Step, Conference Conference, RuleSet RuleSet, bool OnCommittee)
{
    public const string NotFoundMessage = "Không tìm thấy hội nghị trong phạm vi của bạn.";

    public int Convened => Conference.Members.Count;

    public int Present => Conference.Members.Count(m => m.Present);

    public bool QuorumMet => RuleSet.Voting.Quorum.IsMet(Present, Convened);

    public string QuorumMessage =>
        $"Hội nghị không đủ số lượng: có mặt {Present}/{Convened} người được triệu tập, cần ít nhất {RuleSet.Voting.Quorum.MinPresent(Convened)} ({RuleSet.Voting.Quorum.ShareText}, R-QUO-1). Không ghi nhận phiếu.";

    /// <summary>Sheets of each ballot to print: one for each person present, or each convened before attendance is taken.</summary>
    public static int SheetsToPrint(int present, int convened) => present > 0 ? present : convened;

    /// <summary>What <paramref name="actor"/> may see of this conference's counts, tallies and scanned sheets: the one
    /// reading of ResultVisibilityPolicy (R-DISC-1) for a viewer in scope.</summary>
    public ResultVisibility VisibilityFor(PlanningActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ResultVisibilityPolicy.Decide(new ResultViewer(true, actor.IsStaff, actor.IsLeader, OnCommittee, Step.Announced));
    }

    public static async Task<Outcome<ConferenceContext>> LoadAsync(QuyHoachDbContext db, PlanningActor actor, Guid conferenceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var conference = await db.Conferences.Include(c => c.Members).Include(c => c.Counters)
            .SingleOrDefaultAsync(c => c.Id == conferenceId, cancellationToken).ConfigureAwait(false);
        if (conference is null)
        {
            return Refusal.NotFound(NotFoundMessage);
        }

        var roundId = await db.RoundSteps.Where(s => s.Id == conference.StepId).Select(s => s.RoundId).SingleAsync(cancellationToken).ConfigureAwait(false);
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return Refusal.NotFound(NotFoundMessage);
        }

        var step = round.Steps.Single(s => s.Id == conference.StepId);
        var ruleSet = PlanningCodes.RuleSetOf(round) ?? throw new InvalidOperationException("A round with a conference has a frozen rule set.");
        conference.Members.Sort((a, b) => string.CompareOrdinal(a.Id.ToString(), b.Id.ToString()));
        return new ConferenceContext(round, step, conference, ruleSet, conference.Counters.Any(c => c.UserId == actor.UserId) && actor.IsCounter);
    }

    /// <summary>As <see cref="LoadAsync"/> for a command only staff may give: a conference outside the scope is a 404
    /// as always, then anyone but staff is refused with <paramref name="forbidden"/>.</summary>
    public static async Task<Outcome<ConferenceContext>> LoadForStaffAsync(QuyHoachDbContext db, PlanningActor actor, Guid conferenceId, string forbidden, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await LoadAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        return loaded.Value is null || actor.IsStaff ? loaded : Refusal.Forbidden(forbidden);
    }

    /// <summary>As <see cref="LoadForStaffAsync"/> for a change to the conference's set-up, which a closed or cancelled
    /// round no longer takes: then refused with "…: <paramref name="what"/>" (RoundGuard).</summary>
    public static async Task<Outcome<ConferenceContext>> LoadForStaffChangeAsync(QuyHoachDbContext db, PlanningActor actor, Guid conferenceId, string forbidden, string what, CancellationToken cancellationToken)
    {
        var loaded = await LoadForStaffAsync(db, actor, conferenceId, forbidden, cancellationToken).ConfigureAwait(false);
        return loaded.Value is { } at && RoundGuard.RefuseIfEnded(at.Round, what) is { } ended ? ended : loaded;
    }
}

/// <summary>A ballot with its conference context.</summary>
public sealed record BallotContext(ConferenceContext At, Ballot Ballot, int Quota)
{
    public const string NotFoundMessage = "Không tìm thấy phiếu biểu quyết trong phạm vi của bạn.";

    public static async Task<Outcome<BallotContext>> LoadAsync(QuyHoachDbContext db, PlanningActor actor, Guid ballotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ballot = await db.Ballots.Include(b => b.Candidates).SingleOrDefaultAsync(b => b.Id == ballotId, cancellationToken).ConfigureAwait(false);
        if (ballot is null)
        {
            return Refusal.NotFound(NotFoundMessage);
        }

        var context = await ConferenceContext.LoadAsync(db, actor, ballot.ConferenceId, cancellationToken).ConfigureAwait(false);
        if (context.Value is not { } at)
        {
            return Refusal.NotFound(NotFoundMessage);
        }

        ballot.Candidates.Sort((a, b) => a.Position.CompareTo(b.Position));
        return new BallotContext(at, ballot, at.Round.Titles.Single(t => t.TitleId == ballot.TitleId).Quota);
    }

    /// <summary>As <see cref="LoadAsync"/> for a command that changes the ballot: a ballot outside the scope is a 404 as
    /// always, then an actor <paramref name="may"/> does not allow is refused with <paramref name="forbidden"/>, then a
    /// closed or cancelled round is refused (<see cref="RefuseIfClosed"/>).</summary>
    public static async Task<Outcome<BallotContext>> LoadForChangeAsync(
        QuyHoachDbContext db, PlanningActor actor, Guid ballotId, Func<BallotContext, bool> may, string forbidden, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(may);
        var loaded = await LoadAsync(db, actor, ballotId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded;
        }

        return !may(b) ? Refusal.Forbidden(forbidden) : b.RefuseIfClosed() ?? loaded;
    }

    /// <summary>
    /// Takes the ballot's row lock (<c>SELECT … FOR UPDATE</c>) for the caller's transaction: commands that write a
    /// ballot's tally queue here, so a double-click or a retried request reads what the first one wrote.
    /// </summary>
    public static async Task LockAsync(QuyHoachDbContext db, Guid ballotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM ballots WHERE id = {ballotId} FOR UPDATE", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The ballot's stored results read back through the Domain (BallotOutcome.Recorded): the base the ratios are
    /// measured against, the threshold, the pass mark and the final step's rank. Pages and documents print these.
    /// </summary>
    public BallotOutcome RecordedOutcome() => RecordedResults.Of(At.RuleSet.Voting, Ballot.Vote, At.Convened, At.Present, Ballot.Candidates);

    /// <summary>Refuses changes to the votes of a closed or cancelled round.</summary>
    public Refusal? RefuseIfClosed() => RoundGuard.RefuseIfEnded(At.Round, "không thay đổi được kết quả kiểm phiếu");
}
