using QuyHoach.Documents.Ballots;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;
using DataBallot = QuyHoach.Data.Planning.Ballot;
using PaperCandidate = QuyHoach.Documents.Ballots.BallotCandidate;

namespace QuyHoach.Web.Features.Counting;

/// <summary>One ballot of a conference as printed and read: the stored ballot, its paper and the layout its sheets are read against.</summary>
public sealed record CountBallot(DataBallot Ballot, string TitleName, BallotPaper Paper)
{
    public BallotLayout Layout { get; } = BallotLayoutPlanner.Layout(Paper);
}

/// <summary>
/// Phiếu in của hội nghị: the one place a stored ballot becomes a ballot paper, for printing and for reading its scans.
/// The paper lists the printed lines only (not the names written in after the vote, which would change the layout the
/// sheets were printed with); the quota is the title's (R-BAL-1, for the removal ballot the number of lines); blank
/// write-in lines, as many as the quota, appear where the rule set allows write-ins at the key-cadre step; the
/// ballot's key on the QR code is drawn from the ballot's random id bits and names no voter (ADR 0013).
/// </summary>
public static class CountBallots
{
    /// <summary>The ballots of <paramref name="at"/> in title order, their papers headed by <paramref name="heading"/>
    /// (the layout does not depend on the heading, so reading may pass any).</summary>
    public static async Task<IReadOnlyList<CountBallot>> LoadAsync(QuyHoachDbContext db, ConferenceContext at, BallotHeading heading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(at);
        var ballots = await db.Ballots.Include(b => b.Candidates).Where(b => b.ConferenceId == at.Conference.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var titleIds = ballots.Select(b => b.TitleId).ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => new { t.Code, t.Name }, cancellationToken).ConfigureAwait(false);
        var cadres = ballots.SelectMany(b => b.Candidates).Select(c => c.CadreId).OfType<Guid>().ToList();
        var posts = await Bodies.CadrePosts.OfAsync(db, cadres, cancellationToken).ConfigureAwait(false);
        return [.. ballots.OrderBy(b => titles[b.TitleId].Code, StringComparer.Ordinal).Select(b =>
        {
            var printed = b.Candidates.Where(c => !c.WrittenIn).OrderBy(c => c.Position).ToList();
            var removal = b.Vote == VoteStep.Removal;
            var quota = Quota(at, b);
            var writeIns = TakesWriteIns(at, b) ? quota : 0;
            var paper = new BallotPaper(Key(b.Id), removal ? BallotPaperKind.Removal : BallotPaperKind.Nomination, heading, titles[b.TitleId].Name, quota,
                at.RuleSet.Voting.MarkedOverQuotaInvalid,
                [.. printed.Select(c => new PaperCandidate(LineId(c.Id), c.FullName, c.CadreId is { } id ? posts.GetValueOrDefault(id) ?? "" : ""))], writeIns);
            return new CountBallot(b, titles[b.TitleId].Name, paper);
        })];
    }

    /// <summary>The number of names a sheet of <paramref name="ballot"/> may mark (R-BAL-1): the title's quota in the
    /// round, for the removal ballot its number of printed lines. The paper states it, the reader and the committee's
    /// rulings are judged by it.</summary>
    public static int Quota(ConferenceContext at, DataBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(ballot);
        return ballot.Vote == VoteStep.Removal
            ? ballot.Candidates.Count(c => !c.WrittenIn)
            : at.Round.Titles.Single(t => t.TitleId == ballot.TitleId).Quota;
    }

    /// <summary>Names may be written in on <paramref name="ballot"/>: the key-cadre step, where the rule set allows it.</summary>
    public static bool TakesWriteIns(ConferenceContext at, DataBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(ballot);
        return ballot.Vote == VoteStep.KeyCadres && at.RuleSet.Voting.WriteInsAllowed;
    }

    /// <summary>A heading for reading only: the layout ignores it.</summary>
    public static BallotHeading ReadingHeading(ConferenceContext at)
    {
        ArgumentNullException.ThrowIfNull(at);
        return new(null, "-", at.Step.Name, "-", at.Conference.HeldOn);
    }

    /// <summary>The ballot's key on the QR code: the last 16 hexadecimal digits of its id (random in a version 7 id).</summary>
    public static string Key(Guid ballotId) => ballotId.ToString("N").ToUpperInvariant()[16..];

    /// <summary>The layout's line id of a ballot line.</summary>
    public static string LineId(Guid candidateId) => candidateId.ToString("N");

    /// <summary>The ballot line of a layout's line id; null when it is not one.</summary>
    public static Guid? Candidate(string? lineId) => Guid.TryParseExact(lineId, "N", out var id) ? id : null;
}
