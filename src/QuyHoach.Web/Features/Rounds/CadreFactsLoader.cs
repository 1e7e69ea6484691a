using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Registry;
using QuyHoach.Domain.Age;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// Reads the registry into the facts the eligibility rules take (architecture: load, then decide). Histories are read
/// as they stood on <c>asOf</c>: ratings of years before its year, conclusions and disciplines dated on or before it.
/// </summary>
public static class CadreFactsLoader
{
    public static async Task<CadreFacts?> LoadAsync(QuyHoachDbContext db, Guid cadreId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cadre = await db.Cadres.AsNoTracking().AsSplitQuery()
            .Include(c => c.Assignments).Include(c => c.Education).Include(c => c.PoliticalTheory).Include(c => c.StateManagement)
            .Include(c => c.Evaluations).Include(c => c.Disciplines).Include(c => c.PoliticalStandardConclusions)
            .SingleOrDefaultAsync(c => c.Id == cadreId, cancellationToken).ConfigureAwait(false);
        if (cadre is null)
        {
            return null;
        }

        var assignment = cadre.Assignments.Where(a => a.From <= asOf && (a.To is null || a.To >= asOf)).MaxBy(a => a.From)
            ?? cadre.Assignments.SingleOrDefault(a => a.To is null);

        // A source from elsewhere (R-OTH-1) holds no title of the unit: the title its post is taken as equivalent to.
        var heldId = assignment?.TitleId
            ?? await db.ExternalSources.Where(x => x.CadreId == cadreId).Select(x => (Guid?)x.EquivalentTitleId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        HeldTitle? held = null;
        if (heldId is { } titleId)
        {
            var rank = await db.Titles.Where(t => t.Id == titleId).Select(t => t.Rank).SingleAsync(cancellationToken).ConfigureAwait(false);
            held = new HeldTitle(titleId.ToString(), rank);
        }

        var plans = await ActivePlansAsync(db, cadreId, asOf, cancellationToken).ConfigureAwait(false);
        var conclusion = cadre.PoliticalStandardConclusions.Where(c => c.ConcludedOn <= asOf).MaxBy(c => c.ConcludedOn);
        return new CadreFacts(
            cadre.Id.ToString(),
            cadre.Sex,
            cadre.Birth,
            held,
            cadre.PoliticalTheory.Where(p => !p.Studying).Select(p => p.Level).DefaultIfEmpty(PoliticalTheoryLevel.None).Max(),
            cadre.PoliticalTheory.Where(p => p.Studying).Select(p => (PoliticalTheoryLevel?)p.Level).Max(),
            cadre.Education.Select(e => e.Level).DefaultIfEmpty(ProfessionalLevel.None).Max(),
            cadre.StateManagement.Select(s => s.Level).DefaultIfEmpty(StateManagementLevel.None).Max(),
            cadre.Evaluations.Where(e => e.Year < asOf.Year).Select(e => new YearRating(e.Year, e.Rating)).ToList(),
            cadre.Disciplines.Where(d => !d.Annulled && d.DecidedOn <= asOf)
                .Select(d => new DisciplineRecord(d.Authority, d.Form, d.EffectiveOn, d.ComplaintPending, d.ComplaintDecidedOn, d.NewViolation, d.IsCollective)).ToList(),
            ViolationStatus.None,
            conclusion is null ? PoliticalStandard.NotConcluded : conclusion.Met ? PoliticalStandard.Met : PoliticalStandard.NotMet,
            cadre.DiedOn is { } died && died <= asOf,
            cadre.TransferredOutOn is { } moved && moved <= asOf,
            plans,
            cadre.RetirementAgeOverrideMonths is { } months ? new AgeInMonths(months) : null);
    }

    /// <summary>The approved plans holding on <paramref name="asOf"/> (R-PRI-5/6 and duplicates; R-EFF-1/2).</summary>
    private static async Task<List<ActivePlan>> ActivePlansAsync(QuyHoachDbContext db, Guid cadreId, DateOnly asOf, CancellationToken cancellationToken)
    {
        var held = await Plans.PlanQueries.HeldOnAsync(db, asOf, q => q.Where(e => e.CadreId == cadreId), cancellationToken).ConfigureAwait(false);
        return held.Select(h => new ActivePlan(
            h.Title.Id.ToString(),
            h.Title.Level,
            h.Title.Kind == PositionKind.CommitteeMembership ? TitleKind.CommitteeMembership : TitleKind.Leadership,
            h.Term.PartyStartYear > asOf.Year ? PlanTermKind.Next : PlanTermKind.Current)).ToList();
    }

    public static async Task<PlannedTitle> LoadTitleAsync(QuyHoachDbContext db, Guid titleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var title = await db.Titles.AsNoTracking().Include(t => t.SourceGroups).ThenInclude(g => g.Members)
            .SingleAsync(t => t.Id == titleId, cancellationToken).ConfigureAwait(false);
        return new PlannedTitle(
            title.Id.ToString(),
            title.Name,
            title.Rank,
            title.Level,
            title.Kind == PositionKind.CommitteeMembership ? TitleKind.CommitteeMembership : TitleKind.Leadership,
            new TitleStandards(
                title.RequiredPoliticalTheory,
                title.RequiredProfessional is { } professional ? new RequiredLevel<ProfessionalLevel>(professional, title.ProfessionalMayFollow) : null,
                title.RequiredStateManagement is { } state ? new RequiredLevel<StateManagementLevel>(state, title.StateManagementMayFollow) : null),
            title.SourceGroups.OrderBy(g => g.Number)
                .Select(g => new SourceGroup(g.Number, g.Members.Select(m => m.SourceTitleId.ToString()).ToList(), g.MinimumMonths)).ToList(),
            title.IsKeyLeadership);
    }
}
