using QuyHoach.Domain.Time;

namespace QuyHoach.Web.Features.Facts;

/// <summary>A plan entry with what R-EFF-2 needs to know whether it still holds on a day.</summary>
internal sealed record HeldEntry(PlanEntry Entry, Title Title, Term Term)
{
    /// <summary>The last year of the title's term: the Party congress term or the State term (R-EFF-2).</summary>
    public int TermEndYear => Title.TermTrack == TermTrack.Party ? Term.PartyEndYear : Term.StateEndYear;

    /// <summary>
    /// Holds on <paramref name="day"/>: from the approval's signing date (R-EFF-1), until the day of appointment or
    /// removal, and within the term. Our reading: a term ends with the last day of its end year (R-EFF-2).
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

    /// <summary>
    /// Whether an entry comes from a plan approved before QĐ 50 took effect: its approval decision's date, judged by
    /// TransitionalPlanningRule under <paramref name="ruleSet"/> (R-TRANS-1).
    /// </summary>
    public static async Task<bool> IsTransitionalAsync(QuyHoachDbContext db, PlanEntry entry, RuleSet ruleSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var approvedOn = await db.PlanDecisions.Where(d => d.Id == entry.ApprovalDecisionId).Select(d => d.SignedOn).SingleAsync(cancellationToken).ConfigureAwait(false);
        return TransitionalPlanningRule.Applies(approvedOn, ruleSet);
    }

    /// <summary>As above for the entry of <paramref name="cadreId"/> for a title and term holding on <paramref name="day"/>; false when none holds.</summary>
    public static async Task<bool> IsTransitionalAsync(QuyHoachDbContext db, Guid cadreId, Guid titleId, Guid termId, DateOnly day, RuleSet ruleSet, CancellationToken cancellationToken)
    {
        var held = await HeldOnAsync(db, day, q => q.Where(e => e.CadreId == cadreId && e.TitleId == titleId && e.TermId == termId), cancellationToken).ConfigureAwait(false);
        foreach (var h in held)
        {
            if (await IsTransitionalAsync(db, h.Entry, ruleSet, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Entries that may hold on <paramref name="day"/>, with title and term, filtered by <paramref name="filter"/>.</summary>
    public static async Task<List<HeldEntry>> HeldOnAsync(QuyHoachDbContext db, DateOnly day, Func<IQueryable<PlanEntry>, IQueryable<PlanEntry>> filter, CancellationToken cancellationToken)
    {
        var entries = await filter(db.PlanEntries.Where(e => e.EffectiveFrom <= day && (e.EndedOn == null || e.EndedOn > day)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (entries.Count == 0)
        {
            return [];
        }

        // Each title and term read once, not once per entry: joined, a national plan's 32,654 entries brought a copy of
        // their title's 17 columns each (about 190 ms of the reports' read against 12 ms of PostgreSQL).
        var titleIds = entries.Select(e => e.TitleId).Distinct().ToList();
        var termIds = entries.Select(e => e.TermId).Distinct().ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var terms = await db.Terms.Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        return entries.Select(e => new HeldEntry(e, titles[e.TitleId], terms[e.TermId])).Where(h => h.HoldsOn(day)).ToList();
    }
}
