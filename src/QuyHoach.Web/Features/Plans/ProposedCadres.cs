using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Planning;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Plans;

/// <summary>A cadre the round proposes for a title (selected at the final step, after any head decision).</summary>
public sealed record ProposedCadre(Guid TitleId, Guid CadreId, int Agree, int BaseCount);

/// <summary>A cadre the round proposes to remove from the plan of a title: by the removal vote, or automatically.</summary>
public sealed record RemovalProposal(Guid TitleId, Guid CadreId, bool ByVote, string? Grounds);

/// <summary>Danh sách đề nghị of a closed round, read from its final and removal ballots and its source list.</summary>
internal static class ProposedCadres
{
    public static async Task<List<ProposedCadre>> LoadAsync(QuyHoachDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var rows = await BallotsOf(db, roundId, VoteStep.Final)
            .SelectMany(b => b.Candidates.Where(c => c.Selected == true && c.CadreId != null).Select(c => new { b.TitleId, c.CadreId, c.Agree, b.ConferenceId }))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var conferenceIds = rows.Select(r => r.ConferenceId).Distinct().ToList();
        var convened = await db.ConvenedMembers.Where(m => conferenceIds.Contains(m.ConferenceId)).GroupBy(m => m.ConferenceId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);

        // The final step's base is the convened list (R-VOTE-4); ratios in the documents are measured against it.
        return rows.Select(r => new ProposedCadre(r.TitleId, r.CadreId!.Value, r.Agree ?? 0, convened.GetValueOrDefault(r.ConferenceId))).ToList();
    }

    public static async Task<List<RemovalProposal>> RemovalsAsync(QuyHoachDbContext db, Guid roundId, CancellationToken cancellationToken)
    {
        var members = await db.SourceListEntries.Where(e => e.RoundId == roundId && e.Kind == SourceEntryKind.PlanMember).ToListAsync(cancellationToken).ConfigureAwait(false);
        var voted = await BallotsOf(db, roundId, VoteStep.Removal)
            .SelectMany(b => b.Candidates.Where(c => c.Passed == true && c.CadreId != null).Select(c => new { b.TitleId, c.CadreId }))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = voted.Select(v => new RemovalProposal(v.TitleId, v.CadreId!.Value, true,
            members.FirstOrDefault(m => m.TitleId == v.TitleId && m.CadreId == v.CadreId)?.Grounds)).ToList();
        result.AddRange(members.Where(m => m.Action == PlanMemberAction.AutomaticRemoval).Select(m => new RemovalProposal(m.TitleId, m.CadreId, false, m.Grounds)));
        return result;
    }

    private static IQueryable<Ballot> BallotsOf(QuyHoachDbContext db, Guid roundId, VoteStep vote) =>
        db.Ballots.Where(b => b.Vote == vote && db.Conferences.Any(c => c.Id == b.ConferenceId && db.RoundSteps.Any(s => s.Id == c.StepId && s.RoundId == roundId)));
}
