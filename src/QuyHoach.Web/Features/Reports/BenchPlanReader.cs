using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.Time;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Reports;

/// <summary>
/// Phần quy hoạch của ảnh chụp (<see cref="BenchPlan"/>), as BenchReader reads it beside the incumbents: the entries
/// holding that day (PlanQueries, R-EFF-1/2) with the first day each cadre may be appointed under the rule set of the
/// entry's decision (AppointmentWaitRule, R-PRI-8), and the records of their cadres (BenchReader's person read). Kept by
/// ReportCache: read whole, refreshed after a change to the plan's tables (the records kept), patched after a change to
/// the registry (the entries kept).
/// </summary>
internal static class BenchPlanReader
{
    /// <summary>
    /// The plan entries holding on the day (PlanQueries) of the scope's titles, each with the first appointable day under
    /// the rule set of its decision, the records of their cadres present that day, and the rule set in force. The records
    /// of <paramref name="known"/> (read at a snapshot whose cadres are still current) are taken as they are: only the
    /// other planned cadres are read.
    /// </summary>
    public static async Task<BenchPlan> ReadAsync(QuyHoachDbContext db, ReportSelection selection, CancellationToken cancellationToken, IReadOnlyDictionary<Guid, BenchPerson>? known = null)
    {
        var asOf = selection.AsOf;
        var titleIds = await BenchReader.TitlesOf(db, selection).Select(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = await PlanQueries.HeldOnAsync(db, asOf, q => q.Where(e => titleIds.Contains(e.TitleId)), cancellationToken).ConfigureAwait(false);
        var plannedIds = held.Select(h => h.Entry.CadreId).Distinct().ToList();
        var people = await PeopleOfAsync(db, known is null ? plannedIds : plannedIds.Where(id => !known.ContainsKey(id)).ToList(), asOf, cancellationToken).ConfigureAwait(false);
        foreach (var id in plannedIds)
        {
            if (known?.GetValueOrDefault(id) is { } person)
            {
                people[id] = person;
            }
        }

        var catalog = (await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false)).Catalog;
        var rules = await RuleSetsAsync(db, held.Select(h => h.Entry.ApprovalDecisionId).Distinct().ToList(), catalog, asOf, cancellationToken).ConfigureAwait(false);
        var entries = held.ConvertAll(h =>
        {
            var ruleSet = rules[h.Entry.ApprovalDecisionId];
            var wait = AppointmentWaitRule.Check(h.Entry.EffectiveFrom, asOf, ruleSet.Waits.AppointmentAfterApprovalMonths, ruleSet.MonthCounting);
            return new BenchPlanEntry(h.Entry.CadreId, h.Entry.TitleId, h.Entry.EffectiveFrom, wait.EarliestStart);
        });
        return new BenchPlan(PlanRules.InForce(catalog, asOf), entries, people);
    }

    /// <summary>
    /// <paramref name="kept"/> with the records of its planned cadres among <paramref name="cadres"/> read again (every
    /// planned cadre when null), present that day or not: the entries, their appointable days and the rule sets are kept,
    /// since only cadres and assignments changed (a change to the plan's tables refreshes the part, ReadAsync). A cadre
    /// absent that day keeps its entry, so a corrected record brings the line back.
    /// </summary>
    public static async Task<BenchPlan> PatchAsync(QuyHoachDbContext db, ReportSelection selection, BenchPlan kept, IReadOnlyList<Guid>? cadres, CancellationToken cancellationToken)
    {
        var planned = kept.Entries.Select(e => e.CadreId).ToHashSet();
        var changed = cadres is null ? planned : cadres.Where(planned.Contains).ToHashSet();
        if (changed.Count == 0)
        {
            return kept;
        }

        var theirs = await PeopleOfAsync(db, [.. changed], selection.AsOf, cancellationToken).ConfigureAwait(false);
        if (cadres is not null)
        {
            foreach (var (id, person) in kept.People)
            {
                if (!changed.Contains(id))
                {
                    theirs[id] = person;
                }
            }
        }

        return new BenchPlan(kept.RuleSet, kept.Entries, theirs);
    }

    /// <summary>The records of the cadres of <paramref name="ids"/> present on the day, by id.</summary>
    private static async Task<Dictionary<Guid, BenchPerson>> PeopleOfAsync(QuyHoachDbContext db, List<Guid> ids, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        // By the primary key, one lookup per id (IdRows): "= ANY" of the 3,282 ids of a province scanned every cadre (12 ms against 7).
        var rows = IdRows.Of(db, ids);
        return (await BenchReader.PeopleAsync(db, db.Cadres.AsNoTracking().Where(c => rows.Contains(c.Id)), asOf, cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Id);
    }

    /// <summary>The rule set each approval decision is judged by, as PlanRules.ForAsync reads it: its round's frozen set,
    /// else the stored set in force that day (R-REG-1, R-REG-4); the store is read once for all decisions.</summary>
    private static async Task<Dictionary<Guid, Domain.RuleSets.RuleSet>> RuleSetsAsync(QuyHoachDbContext db, List<Guid> decisionIds, Domain.RuleSets.RuleSetCatalog catalog, DateOnly asOf, CancellationToken cancellationToken)
    {
        var decisions = await db.PlanDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id)).Select(d => new { d.Id, d.RoundId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var roundIds = decisions.Where(d => d.RoundId != null).Select(d => d.RoundId!.Value).Distinct().ToList();
        var rounds = await db.PlanningRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToListKeepingRuleSetsAsync(db, cancellationToken).ConfigureAwait(false);
        var ruleSets = rounds.ToDictionary(r => r.Id, PlanningCodes.RuleSetOf);
        var inForce = PlanRules.InForce(catalog, asOf);
        return decisions.ToDictionary(d => d.Id, d => (d.RoundId is { } r ? ruleSets[r] : null) ?? inForce);
    }
}
