using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// Kết quả kiểm phiếu of one ballot. Sealed results (ResultVisibilityPolicy) keep the lines and the attendance but
/// have every vote-derived field null and <c>Sealed = true</c>: the API answers 200 rather than 403 so that a page
/// can show the ballot, and never a count.
/// </summary>
public sealed record ResultsView(
    Guid BallotId, string TitleCode, int StepNumber, string Vote, bool Announced, bool Sealed, int Convened, int Present,
    int? MinAgreeToPass, int? SeatsForHead, HeadDecisionView? HeadDecision, IReadOnlyList<CandidateResultView> Candidates, IReadOnlyList<CorrectionView> Corrections,
    SheetView? Sheet, bool CanCorrect, string TitleName = "");

/// <param name="Post">The cadre's current title and unit (<see cref="Bodies.CadrePosts"/>), which pages show instead of the code.</param>
public sealed record CandidateResultView(Guid Id, string? CadreCode, string FullName, bool WrittenIn, int? Agree, bool? Passed, bool? Selected, bool? BlockedBySequence, string? Post = null);

public sealed record HeadDecisionView(string DecidedBy, DateOnly DecidedOn, IReadOnlyList<Guid> Chosen, string Reason);

/// <summary>A correction after results (sửa biên bản): when, by which account, why, the tally before and after as stored
/// (JSON), and the fields that changed.</summary>
public sealed record CorrectionView(DateTimeOffset CorrectedAt, string CorrectedBy, string Reason, string Before, string After, IReadOnlyList<TallyDifference> Changes);

/// <summary>The ballot counts of the accepted tally the results rest on (its agree counts are the candidates').</summary>
public sealed record SheetView(int Issued, int Returned, int Valid, int Invalid);

public sealed class ResultsQuery(QuyHoachDbContext db)
{
    public async Task<Outcome<ResultsView>> HandleAsync(PlanningActor actor, Guid ballotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var loaded = await BallotContext.LoadAsync(db, actor, ballotId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        if (b.Ballot.Status != BallotStatus.ResultsComputed)
        {
            return Refusal.Conflict("Phiếu này chưa có kết quả kiểm phiếu.");
        }

        var visibility = b.At.VisibilityFor(actor);
        var full = visibility == ResultVisibility.Full;
        var cadreIds = b.Ballot.Candidates.Select(c => c.CadreId).OfType<Guid>().ToList();
        var codes = await db.Cadres.Where(c => cadreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken).ConfigureAwait(false);
        var posts = await Bodies.CadrePosts.OfAsync(db, cadreIds, cancellationToken).ConfigureAwait(false);
        var title = await db.Titles.Where(t => t.Id == b.Ballot.TitleId).Select(t => new { t.Code, t.Name }).SingleAsync(cancellationToken).ConfigureAwait(false);
        HeadDecisionView? decision = null;
        var corrections = new List<CorrectionView>();
        SheetView? sheet = null;
        if (full)
        {
            decision = await (from d in db.HeadDecisions
                              join c in db.Cadres on d.DecidedByCadreId equals c.Id
                              where d.BallotId == ballotId
                              select new HeadDecisionView(c.FullName, d.DecidedOn, d.ChosenCandidateIds, d.Reason)).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var stored = await (from c in db.TallyCorrections
                                join u in db.Users on c.CorrectedByUserId equals u.Id
                                where c.BallotId == ballotId
                                orderby c.CorrectedAt
                                select new { c.CorrectedAt, u.UserName, c.Reason, c.BeforeJson, c.AfterJson }).ToListAsync(cancellationToken).ConfigureAwait(false);
            corrections = stored.Select(c => new CorrectionView(c.CorrectedAt, c.UserName!, c.Reason, c.BeforeJson, c.AfterJson,
                TallySheetInput.Compare(TallySheetInput.FromJson(c.BeforeJson), TallySheetInput.FromJson(c.AfterJson), b.Ballot.Candidates))).ToList();
            sheet = await db.TallyEntries.Where(e => e.Id == b.Ballot.AcceptedEntryId).Select(e => new SheetView(e.Issued, e.Returned, e.Valid, e.Invalid))
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }

        var canCorrect = b.At.OnCommittee && CorrectTallyHandler.Refuse(b, decision is not null) is null;

        return new ResultsView(
            ballotId, title.Code, b.At.Step.Number, PlanningCodes.Of(b.Ballot.Vote), b.At.Step.Announced, !full, b.At.Convened, b.At.Present,
            full ? b.Ballot.MinAgreeToPass : null, full ? b.Ballot.SeatsForHead : null, decision,
            b.Ballot.Candidates.Select(c => new CandidateResultView(
                c.Id, c.CadreId is { } id ? codes[id] : null, c.FullName, c.WrittenIn,
                full ? c.Agree : null, full ? c.Passed : null, full ? c.Selected : null, full ? c.BlockedBySequence : null,
                c.CadreId is { } cadre ? posts.GetValueOrDefault(cadre) : null)).ToList(),
            corrections, sheet, canCorrect, title.Name);
    }
}
