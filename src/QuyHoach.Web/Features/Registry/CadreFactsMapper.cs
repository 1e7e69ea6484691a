using QuyHoach.Data.Registry;
using QuyHoach.Domain.Age;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// The one mapping from registry rows to the Domain's eligibility facts: levels are the highest completed (đang học
/// is reported apart, R-STD-2), the political standard is the latest conclusion, annulled discipline is dropped,
/// death and transfer count from their dates.
/// </summary>
public static class CadreFactsMapper
{
    /// <summary>The facts of <paramref name="cadre"/> (with its histories loaded) on <paramref name="today"/>.</summary>
    public static CadreFacts ToFacts(Cadre cadre, Title? currentTitle, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        var completed = cadre.PoliticalTheory.Where(p => !p.Studying).Select(p => p.Level).ToList();
        var studying = cadre.PoliticalTheory.Where(p => p.Studying).Select(p => (PoliticalTheoryLevel?)p.Level).Max();
        var latestConclusion = cadre.PoliticalStandardConclusions.OrderByDescending(c => c.ConcludedOn).FirstOrDefault();
        return new CadreFacts(
            cadre.Id.ToString(),
            cadre.Sex,
            cadre.Birth,
            currentTitle is null ? null : new HeldTitle(currentTitle.Id.ToString(), currentTitle.Rank),
            completed.Count == 0 ? PoliticalTheoryLevel.None : completed.Max(),
            studying,
            cadre.Education.Count == 0 ? ProfessionalLevel.None : cadre.Education.Max(e => e.Level),
            cadre.StateManagement.Count == 0 ? StateManagementLevel.None : cadre.StateManagement.Max(s => s.Level),
            cadre.Evaluations.Select(e => new YearRating(e.Year, e.Rating)).ToList(),
            cadre.Disciplines.Where(d => !d.Annulled).Select(ToRecord).ToList(),
            ViolationStatus.None,
            latestConclusion switch
            {
                null => PoliticalStandard.NotConcluded,
                { Met: true } => PoliticalStandard.Met,
                _ => PoliticalStandard.NotMet,
            },
            cadre.DiedOn is { } died && died <= today,
            cadre.TransferredOutOn is { } moved && moved <= today,
            [],
            cadre.RetirementAgeOverrideMonths is { } months ? new AgeInMonths(months) : null);
    }

    /// <summary>A title with its standards and source groups (per-group minimum months included, R-AGE-3).</summary>
    public static PlannedTitle ToPlannedTitle(Title title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new PlannedTitle(
            title.Id.ToString(),
            title.Name,
            title.Rank,
            title.Level,
            title.Kind switch
            {
                PositionKind.CommitteeMembership => TitleKind.CommitteeMembership,
                PositionKind.Leadership or PositionKind.Staff => TitleKind.Leadership,
            },
            new TitleStandards(
                title.RequiredPoliticalTheory,
                title.RequiredProfessional is { } pro ? new RequiredLevel<ProfessionalLevel>(pro, title.ProfessionalMayFollow) : null,
                title.RequiredStateManagement is { } qlnn ? new RequiredLevel<StateManagementLevel>(qlnn, title.StateManagementMayFollow) : null),
            title.SourceGroups.OrderBy(g => g.Number)
                .Select(g => new SourceGroup(g.Number, g.Members.Select(m => m.SourceTitleId.ToString()).ToList(), g.MinimumMonths))
                .ToList(),
            title.IsKeyLeadership);
    }

    public static DisciplineRecord ToRecord(DisciplineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new DisciplineRecord(entry.Authority, entry.Form, entry.EffectiveOn, entry.ComplaintPending, entry.ComplaintDecidedOn, entry.NewViolation, entry.IsCollective);
    }
}
