using QuyHoach.Documents.Minutes;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// Biên bản kiểm phiếu of one ballot from its computed results: the conference and its convening list, the counting
/// committee, the accepted tally's counts, the step's threshold, each line's votes, result and rank (read from the ballot's <see cref="BallotOutcome"/>).
/// </summary>
/// <remarks>The venue, start and end times are the ones staff recorded for the conference
/// (<see cref="Data.Planning.Conference.Venue"/>, <see cref="Data.Planning.Conference.StartsAt"/>,
/// <see cref="Data.Planning.Conference.EndsAt"/>). A time not recorded is left dotted for hand-writing, never taken from
/// a server clock; a venue not recorded falls back to "trụ sở {unit}". The heading is the issuer of the step's presiding
/// body's organisation, in the Party layout for a Party body (<see cref="IssuerText.IsParty"/>), numbered in its BB series.
/// Counting committee members are accounts, printed by full name with the role "thành viên Tổ kiểm phiếu".</remarks>
internal static class MinutesBuilder
{
    public static async Task<Outcome<TallyMinutes>> BuildAsync(QuyHoachDbContext db, BallotContext b, CancellationToken cancellationToken)
    {
        var (round, step, conference) = (b.At.Round, b.At.Step, b.At.Conference);
        var entry = await db.TallyEntries.AsNoTracking().SingleAsync(e => e.Id == b.Ballot.AcceptedEntryId, cancellationToken).ConfigureAwait(false);
        var organisation = await db.Organisations.SingleAsync(o => o.Id == round.OrganisationId, cancellationToken).ConfigureAwait(false);
        var body = await db.Bodies.SingleOrDefaultAsync(x => x.Id == step.BodyId, cancellationToken).ConfigureAwait(false);
        var issuer = await IssuerText.LoadAsync(db, body?.OrganisationId ?? organisation.Id, IssuerText.IsParty(body?.Kind), cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.SingleAsync(t => t.Id == round.TermId, cancellationToken).ConfigureAwait(false);
        var title = await db.Titles.SingleAsync(t => t.Id == b.Ballot.TitleId, cancellationToken).ConfigureAwait(false);
        var counterIds = conference.Counters.Select(c => c.UserId).ToList();
        var counters = await db.Users.Where(u => counterIds.Contains(u.Id)).OrderBy(u => u.UserName).Select(u => u.FullName).ToListAsync(cancellationToken).ConfigureAwait(false);
        var decision = await db.HeadDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.BallotId == b.Ballot.Id, cancellationToken).ConfigureAwait(false);
        if (b.Ballot.Candidates.Any(c => c.CadreId is null))
        {
            return Refusal.Conflict(CandidateFacts.OutsideRegistry);
        }

        var facts = await CandidateFacts.LoadAsync(db, round.Id, b.Ballot.TitleId, b.Ballot.Candidates.Select(c => c.CadreId!.Value).ToList(), cancellationToken).ConfigureAwait(false);
        var threshold = b.At.RuleSet.Voting.ThresholdFor(b.Ballot.Vote);
        var chair = conference.Members.FirstOrDefault(m => m.IsHead) ?? conference.Members.First();
        var final = b.Ballot.Vote == VoteStep.Final;
        var outcome = b.RecordedOutcome();
        var lines = b.Ballot.Candidates.Select(c =>
        {
            var fact = facts[c.CadreId!.Value];
            var rank = outcome.Of(c.Id.ToString()).Rank;
            var byHead = decision?.ChosenCandidateIds.Contains(c.Id) == true;
            return new TallyCandidate(c.Position, c.FullName, fact.Birth, fact.Sex, fact.CurrentTitle, fact.SourceGroup, c.Agree ?? 0, c.Passed == true, rank,
                PlanningDocumentText.Note(c.WrittenIn, c.BlockedBySequence, final ? c.Selected : null, byHead));
        }).ToList();
        return new TallyMinutes
        {
            Body = issuer.Heading,
            Number = issuer.Blank("BB"),
            Conference = $"{step.Name} (bước {step.Number})",
            Scope = $"chức danh {title.Name}",
            PlannedTerm = PlanningDocumentText.PlannedTerm(term),
            Date = conference.HeldOn,
            Start = conference.StartsAt,
            End = conference.EndsAt,
            Venue = conference.Venue ?? $"trụ sở {organisation.Name}",
            Chair = new Participant(chair.FullName, chair.Position),
            CountingCommittee = counters.Select((name, i) => new CountingMember(name, "thành viên Tổ kiểm phiếu", i == 0 ? CountingRole.Head : CountingRole.Member)).ToList(),
            Counts = new BallotCounts(b.At.Convened, b.At.Present, entry.Issued, entry.Returned, entry.Valid, entry.Invalid),
            Base = threshold.Base,
            Threshold = PlanningDocumentText.Threshold(threshold),
            Titles = [new TitleTally(title.Name, lines)],
            Announced = step.Announced,
            Footnote = b.At.RuleSet.UnconfirmedFootnote("quorum", "thresholds"),
            Scans = await Counting.CountingLog.ForBallotAsync(db, b.Ballot.Id, cancellationToken).ConfigureAwait(false),
        };
    }
}
