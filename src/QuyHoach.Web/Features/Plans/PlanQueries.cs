using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Plans;
using QuyHoach.Data.Registry;

namespace QuyHoach.Web.Features.Plans;

/// <summary>A plan entry with what R-EFF-2 needs to know whether it still holds on a day.</summary>
internal sealed record HeldEntry(PlanEntry Entry, Title Title, Term Term)
{
    /// <summary>The last year of the title's term: the Party congress term or the State term (R-EFF-2).</summary>
    public int TermEndYear => Title.TermTrack == TermTrack.Party ? Term.PartyEndYear : Term.StateEndYear;

    /// <summary>
    /// Holds on <paramref name="day"/>: from the approval's signing date (R-EFF-1), until the day of appointment or
    /// removal, and within the term. Our reading: a term ends with the last day of its end year (rules §2.2 R-EFF-2).
    /// </summary>
    public bool HoldsOn(DateOnly day) => Entry.EffectiveFrom <= day && (Entry.EndedOn is not { } ended || day < ended) && day.Year <= TermEndYear;
}

/// <summary>Reads of the plan shared by the handlers.</summary>
internal static class PlanQueries
{
    public static Task<bool> IsApprovedAsync(QuyHoachDbContext db, Dossier dossier, CancellationToken cancellationToken) =>
        db.PlanEntries.AnyAsync(
            e => e.CadreId == dossier.CadreId && e.TitleId == dossier.TitleId && db.PlanDecisions.Any(x => x.Id == e.ApprovalDecisionId && x.RoundId == dossier.RoundId),
            cancellationToken);

    /// <summary>Entries that may hold on <paramref name="day"/>, with title and term, filtered by <paramref name="filter"/>.</summary>
    public static async Task<List<HeldEntry>> HeldOnAsync(QuyHoachDbContext db, DateOnly day, Func<IQueryable<PlanEntry>, IQueryable<PlanEntry>> filter, CancellationToken cancellationToken)
    {
        var rows = await filter(db.PlanEntries.Where(e => e.EffectiveFrom <= day && (e.EndedOn == null || e.EndedOn > day)))
            .Join(db.Titles, e => e.TitleId, t => t.Id, (e, t) => new { e, t })
            .Join(db.Terms, x => x.e.TermId, term => term.Id, (x, term) => new { x.e, x.t, term })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new HeldEntry(r.e, r.t, r.term)).Where(h => h.HoldsOn(day)).ToList();
    }
}
