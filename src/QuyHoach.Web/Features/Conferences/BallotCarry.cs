using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Planning;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// Phiếu của mỗi bước (R-SEQ-1): the removal ballot lists the plan members put to the vote; the key-cadre ballot the
/// candidates of the source list; the extended ballot those who passed the key-cadre step; the final ballot those who
/// passed the extended step, or, when the rule set does not require passing every step, those who passed the key-cadre
/// step with their extended result carried (BallotRule then blocks them). Sources from elsewhere are on the ballot of
/// the steps ExternalSourceRule names only (R-OTH-1: the final one). A title without candidates gets no ballot.
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
                VoteStep.ExtendedLeadership => Passers(await PreviousAsync(db, round, step, VoteStep.KeyCadres, title.TitleId, cancellationToken).ConfigureAwait(false), null),
                VoteStep.Final => rules.RequirePassingAllPreviousSteps
                    ? Passers(await PreviousAsync(db, round, step, VoteStep.ExtendedLeadership, title.TitleId, cancellationToken).ConfigureAwait(false), null)
                    : Passers(
                        await PreviousAsync(db, round, step, VoteStep.KeyCadres, title.TitleId, cancellationToken).ConfigureAwait(false),
                        await PreviousAsync(db, round, step, VoteStep.ExtendedLeadership, title.TitleId, cancellationToken).ConfigureAwait(false)),
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

    /// <summary>Those who passed <paramref name="from"/>; with <paramref name="alsoRequired"/>, whether they passed it too.</summary>
    private static List<Line> Passers(List<BallotCandidate> from, List<BallotCandidate>? alsoRequired) =>
        from.Where(c => c.Passed == true && c.PassedPreviousSteps)
            .Select(c => new Line(c.CadreId, c.FullName, c.WrittenIn, alsoRequired is null || alsoRequired.Any(a => a.Passed == true && SamePerson(a, c))))
            .ToList();

    private static bool SamePerson(BallotCandidate a, BallotCandidate b) =>
        a.CadreId is { } id ? id == b.CadreId : b.CadreId is null && a.FullName == b.FullName;
}
