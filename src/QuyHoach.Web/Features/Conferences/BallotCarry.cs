using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// Phiếu của mỗi bước (R-SEQ-1): the removal ballot lists the plan members put to the vote; the key-cadre ballot the
/// candidates of the source list; the extended and final ballots are carried from the earlier ballots by the Domain's
/// StepCarry (which also says that a final selection needs every earlier threshold passed). A title without candidates
/// gets no ballot. Sources from elsewhere are on the ballot of the steps ExternalSourceRule names only (R-OTH-1: the
/// final one).
/// </summary>
public static class BallotCarry
{
    /// <summary>
    /// Null when every earlier step is complete (RoundProgress: its conference met the quorum, ballot or not, and its
    /// results are final); else why the step cannot open yet.
    /// </summary>
    public static async Task<Refusal?> CheckEarlierStepsAsync(QuyHoachDbContext db, PlanningRound round, RoundStep step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(step);
        var progress = await RoundProgress.LoadAsync(db, round, DateOnly.MinValue, cancellationToken).ConfigureAwait(false);
        var pending = progress.FirstOrDefault(p => p.Step.Number < step.Number && p.Step.BodyId is not null && !p.Progress.Complete);
        return pending is null ? null : Refusal.Conflict(RoundProgress.Unfinished(pending, "chưa mở được bước sau"));
    }

    public static async Task<List<Ballot>> BuildAsync(QuyHoachDbContext db, PlanningRound round, RoundStep step, Guid conferenceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(step);
        var ballots = new List<Ballot>();
        if (step.Vote is not { } vote)
        {
            return ballots;
        }

        var rules = PlanningCodes.RuleSetOf(round)!.Voting;
        foreach (var title in round.Titles.OrderBy(t => t.TitleId))
        {
            var lines = vote switch
            {
                VoteStep.Removal => await FromSourceListAsync(db, round.Id, title.TitleId, SourceEntryKind.PlanMember, cancellationToken).ConfigureAwait(false),
                VoteStep.KeyCadres => await FromSourceListAsync(db, round.Id, title.TitleId, SourceEntryKind.Candidate, cancellationToken).ConfigureAwait(false),
                _ => Carried(
                    rules,
                    vote,
                    await PreviousAsync(db, round, step, VoteStep.KeyCadres, title.TitleId, cancellationToken).ConfigureAwait(false),
                    vote == VoteStep.Final ? await PreviousAsync(db, round, step, VoteStep.ExtendedLeadership, title.TitleId, cancellationToken).ConfigureAwait(false) : []),
            };
            if (ExternalSourceRule.IsVotedAt(vote))
            {
                lines.AddRange(await FromElsewhereAsync(db, round.Id, title.TitleId, cancellationToken).ConfigureAwait(false));
            }

            if (lines.Count == 0)
            {
                continue;
            }

            var ballot = new Ballot { Id = Guid.CreateVersion7(), ConferenceId = conferenceId, TitleId = title.TitleId, Vote = vote, Status = BallotStatus.AwaitingEntries };
            ballot.Candidates.AddRange(lines.Select((l, i) => new BallotCandidate
            {
                Id = Guid.CreateVersion7(),
                BallotId = ballot.Id,
                Position = i + 1,
                CadreId = l.CadreId,
                FullName = l.FullName,
                WrittenIn = l.WrittenIn,
                PassedPreviousSteps = l.PassedPrevious,
            }));
            ballots.Add(ballot);
        }

        return ballots;
    }

    private sealed record Line(Guid? CadreId, string FullName, bool WrittenIn, bool PassedPrevious);

    private static async Task<List<Line>> FromSourceListAsync(QuyHoachDbContext db, Guid roundId, Guid titleId, SourceEntryKind kind, CancellationToken cancellationToken) =>
        await (
            from e in db.SourceListEntries
            join c in db.Cadres on e.CadreId equals c.Id
            where e.RoundId == roundId && e.TitleId == titleId && e.Kind == kind && (kind == SourceEntryKind.Candidate || e.Action == PlanMemberAction.RemovalVote)
                && !db.ExternalSources.Any(x => x.CadreId == c.Id)
            orderby c.Code
            select new Line(c.Id, c.FullName, false, true)).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The sources from elsewhere on the title's list (R-OTH-1): no earlier step is held for them.</summary>
    private static async Task<List<Line>> FromElsewhereAsync(QuyHoachDbContext db, Guid roundId, Guid titleId, CancellationToken cancellationToken) =>
        await (
            from e in db.SourceListEntries
            join c in db.Cadres on e.CadreId equals c.Id
            where e.RoundId == roundId && e.TitleId == titleId && e.Kind == SourceEntryKind.Candidate && db.ExternalSources.Any(x => x.CadreId == c.Id)
            orderby c.Code
            select new Line(c.Id, c.FullName, false, true)).ToListAsync(cancellationToken).ConfigureAwait(false);

    private static async Task<List<BallotCandidate>> PreviousAsync(QuyHoachDbContext db, PlanningRound round, RoundStep step, VoteStep vote, Guid titleId, CancellationToken cancellationToken)
    {
        var stepIds = round.Steps.Where(s => s.Number < step.Number && s.Vote == vote).Select(s => s.Id).ToList();
        var ballot = await db.Ballots.Include(b => b.Candidates)
            .Where(b => b.TitleId == titleId && db.Conferences.Any(c => c.Id == b.ConferenceId && stepIds.Contains(c.StepId)))
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return ballot?.Candidates.OrderBy(c => c.Position).ToList() ?? [];
    }

    /// <summary>The lines StepCarry carries onto the <paramref name="vote"/> ballot, with the names of the ballot they
    /// come from.</summary>
    private static List<Line> Carried(VotingRules rules, VoteStep vote, List<BallotCandidate> keyCadres, List<BallotCandidate> extended)
    {
        var earlier = extended.Concat(keyCadres).GroupBy(PersonOf).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return StepCarry.Carry(rules, vote, keyCadres.Select(EarlierOf).ToList(), extended.Select(EarlierOf).ToList())
            .Select(l =>
            {
                var c = earlier[l.Person];
                return new Line(c.CadreId, c.FullName, c.WrittenIn, l.PassedPreviousSteps);
            })
            .ToList();
    }

    private static EarlierLine EarlierOf(BallotCandidate c) => new(PersonOf(c), c.Passed == true, c.PassedPreviousSteps);

    /// <summary>The same person on every ballot of the round: the cadre, or for a written-in name without a cadre, the name.</summary>
    private static string PersonOf(BallotCandidate c) => c.CadreId is { } id ? id.ToString() : "ghi-them:" + c.FullName;
}
