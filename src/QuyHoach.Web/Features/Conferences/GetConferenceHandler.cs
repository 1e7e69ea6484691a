using System.Text.Json.Serialization;

namespace QuyHoach.Web.Features.Conferences;

/// <summary>Hội nghị as the API shows it: the convening list with attendance, the quorum (its share as the rule set
/// prints it, e.g. "2/3"), the committee, the ballots.</summary>
public sealed record ConferenceView(
    Guid Id, Guid RoundId, int StepNumber, string StepName, string? Vote, DateOnly HeldOn, string? Venue, string? StartsAt, string? EndsAt, string RuleSet,
    int Convened, int Present, int MinPresent, string QuorumShare, bool QuorumMet, IReadOnlyList<ConvenedView> Members,
    IReadOnlyList<string> CountingCommittee, IReadOnlyList<BallotView> Ballots, string Version, [property: JsonIgnore] string RoundName = "");

/// <param name="Post">The cadre's current title and unit (<see cref="Bodies.CadrePosts"/>), which pages show instead of the code.</param>
public sealed record ConvenedView(Guid Id, string? CadreCode, string FullName, string Position, bool Invited, bool IsHead, bool Present, string? Post = null);

/// <param name="TitleName">The title's name, which pages show (the code is for API clients).</param>
/// <param name="State">The status as a type, for pages; <paramref name="Status"/> is its API code.</param>
public sealed record BallotView(
    Guid Id, string TitleCode, string Vote, string Status, IReadOnlyList<BallotLineView> Candidates, string TitleName = "",
    [property: JsonIgnore] Data.Planning.BallotStatus State = Data.Planning.BallotStatus.AwaitingEntries, [property: JsonIgnore] Domain.Voting.VoteStep? Step = null);

/// <param name="Post">The cadre's current title and unit (<see cref="Bodies.CadrePosts"/>); null for a person outside the registry.</param>
public sealed record BallotLineView(Guid Id, int Position, string? CadreCode, string FullName, bool WrittenIn, string? Post = null);

/// <summary>Xem hội nghị (anyone in scope; the ballot lines carry no counts).</summary>
public sealed class GetConferenceHandler(QuyHoachDbContext db)
{
    public async Task<Outcome<ConferenceView>> HandleAsync(PlanningActor actor, Guid conferenceId, CancellationToken cancellationToken)
    {
        var loaded = await ConferenceContext.LoadAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        var cadreIds = at.Conference.Members.Select(m => m.CadreId).OfType<Guid>().ToList();
        var ballots = await db.Ballots.Include(b => b.Candidates).Where(b => b.ConferenceId == conferenceId).ToListAsync(cancellationToken).ConfigureAwait(false);
        cadreIds.AddRange(ballots.SelectMany(b => b.Candidates).Select(c => c.CadreId).OfType<Guid>());
        var codes = await db.Cadres.Where(c => cadreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken).ConfigureAwait(false);
        var titleIds = ballots.Select(b => b.TitleId).ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => new { t.Code, t.Name }, cancellationToken).ConfigureAwait(false);
        var posts = await Bodies.CadrePosts.OfAsync(db, cadreIds, cancellationToken).ConfigureAwait(false);
        var counterIds = at.Conference.Counters.Select(c => c.UserId).ToList();
        var counters = await db.Users.Where(u => counterIds.Contains(u.Id)).Select(u => u.UserName!).OrderBy(n => n).ToListAsync(cancellationToken).ConfigureAwait(false);
        string? Code(Guid? id) => id is { } x ? codes[x] : null;
        string? Post(Guid? id) => id is { } x ? posts.GetValueOrDefault(x) : null;
        return new ConferenceView(
            at.Conference.Id, at.Round.Id, at.Step.Number, at.Step.Name, PlanningCodes.Of(at.Step.Vote), at.Conference.HeldOn,
            at.Conference.Venue, ConferenceVenueAndStart.Format(at.Conference.StartsAt), ConferenceVenueAndStart.Format(at.Conference.EndsAt),
            $"{at.RuleSet.Id}@{at.RuleSet.Version}", at.Convened, at.Present, at.RuleSet.Voting.Quorum.MinPresent(at.Convened), at.RuleSet.Voting.Quorum.ShareText, at.QuorumMet,
            at.Conference.Members.OrderBy(m => m.Invited).ThenBy(m => Code(m.CadreId) ?? "~" + m.FullName, StringComparer.Ordinal)
                .Select(m => new ConvenedView(m.Id, Code(m.CadreId), m.FullName, m.Position, m.Invited, m.IsHead, m.Present, Post(m.CadreId))).ToList(),
            counters,
            ballots.OrderBy(b => titles[b.TitleId].Code, StringComparer.Ordinal).Select(b => new BallotView(
                b.Id, titles[b.TitleId].Code, PlanningCodes.Of(b.Vote), PlanningCodes.Of(b.Status),
                b.Candidates.OrderBy(c => c.Position).Select(c => new BallotLineView(c.Id, c.Position, Code(c.CadreId), c.FullName, c.WrittenIn, Post(c.CadreId))).ToList(),
                titles[b.TitleId].Name, b.Status, b.Vote)).ToList(),
            RowVersion.Text(at.Conference.Version), at.Round.Name);
    }
}
