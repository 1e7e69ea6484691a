using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Lý lịch cán bộ: one cadre of the user's scope with every history and the live screening verdicts; null when the
/// cadre does not exist or is outside the scope (the caller answers 404 either way, so existence does not leak).
/// </summary>
public sealed class CadreProfileHandler(QuyHoachDbContext db)
{
    /// <summary>The profile screened this month under the rule set in force (ScreeningQuery.Default).</summary>
    public async Task<CadreProfile?> HandleAsync(UserAccess access, Guid id, DateOnly today, CancellationToken cancellationToken) =>
        await HandleAsync(access, id, today, ScreeningQuery.Default(today, await RuleSetsAsync(cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);

    /// <summary>The rule sets a profile may be screened under: the current version of every stored set (R-REG-4).</summary>
    public async Task<RuleSetCatalog> RuleSetsAsync(CancellationToken cancellationToken) =>
        (await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false)).Catalog;

    /// <summary>The profile screened at <paramref name="screening"/>'s month and rule set; histories as of <paramref name="today"/>.</summary>
    public async Task<CadreProfile?> HandleAsync(UserAccess access, Guid id, DateOnly today, ScreeningQuery screening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(access);
        var visible = access.OrganisationIds.ToList();
        var cadre = await db.Cadres.AsNoTracking()
            .Include(c => c.Assignments).Include(c => c.Education).Include(c => c.PoliticalTheory).Include(c => c.StateManagement)
            .Include(c => c.Evaluations).Include(c => c.Disciplines).Include(c => c.PoliticalStandardConclusions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id && visible.Contains(c.OrganisationId), cancellationToken).ConfigureAwait(false);
        if (cadre is null)
        {
            return null;
        }

        // Every view of a profile is a legally significant read of personnel data (C10): it is logged.
        AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.CadreViewed, "cadre", cadre.Id.ToString(), cadre.OrganisationId));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == cadre.OrganisationId).Select(o => o.Name)
            .SingleAsync(cancellationToken).ConfigureAwait(false);
        var titleIds = cadre.Assignments.Select(a => a.TitleId).Distinct().ToList();
        var titles = await db.Titles.AsNoTracking().Where(t => titleIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var current = CurrentAssignments.On(cadre.Assignments, today);
        var currentTitle = current is null ? null : titles[current.TitleId];
        var ruleSet = ScreeningQuery.Default(today, await RuleSetsAsync(cancellationToken).ConfigureAwait(false)).RuleSet;

        return new CadreProfile(
            cadre.Id,
            cadre.Code,
            cadre.FullName,
            RegistryLabels.Of(cadre.Sex),
            cadre.Birth.ToString(),
            YearMonth.Of(today).MonthsSince(cadre.Birth.AgeMonth) / 12,
            cadre.Ethnicity,
            cadre.Hometown,
            cadre.PartyJoinedOn,
            cadre.OrganisationId,
            organisation,
            currentTitle?.Id,
            currentTitle?.Name,
            current?.From,
            cadre.DiedOn,
            cadre.TransferredOutOn,
            cadre.Assignments.OrderByDescending(a => a.From)
                .Select(a => new AssignmentView(a.TitleId, titles[a.TitleId].Name, a.From, a.To, a.DecisionNumber, a == current)).ToList(),
            cadre.Education.OrderByDescending(e => e.Year).Select(e => new EducationView(RegistryLabels.Of(e.Level), e.Field, e.Institution, e.Year)).ToList(),
            cadre.PoliticalTheory.OrderByDescending(p => p.Year).Select(p => new PoliticalTheoryView(RegistryLabels.Of(p.Level), p.Studying, p.Year)).ToList(),
            cadre.StateManagement.OrderByDescending(s => s.Year).Select(s => new StateManagementView(RegistryLabels.Of(s.Level), s.Year)).ToList(),
            cadre.Evaluations.OrderByDescending(e => e.Year)
                .Select(e => new EvaluationView(e.Year, e.Rating.ToCode(), RegistryLabels.Of(e.Rating), e.ScoreTenths, e.ScoreTenths is null ? null : RegistryLabels.Score(e.ScoreTenths))).ToList(),
            cadre.Disciplines.OrderByDescending(d => d.DecidedOn).Select(d => Discipline(d, ruleSet, today)).ToList(),
            cadre.PoliticalStandardConclusions.OrderByDescending(c => c.ConcludedOn).Select(c => new ConclusionView(c.ConcludedOn, c.Met, c.Note)).ToList(),
            await ScreenAsync(cadre.Id, screening, cancellationToken).ConfigureAwait(false),
            cadre.Version.ToString(CultureInfo.InvariantCulture),
            cadre.PersonalIdNumber,
            cadre.ScienceTechnology);
    }

    private async Task<ScreeningView> ScreenAsync(Guid cadreId, ScreeningQuery query, CancellationToken cancellationToken)
    {
        var read = (await CadreFactsReader.ReadAsync(db, cadreId, query.Day, cancellationToken).ConfigureAwait(false))!;
        var terms = await db.Terms.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var ruleSets = (await RuleSetsAsync(cancellationToken).ConfigureAwait(false)).All.Select(r => new RuleSetOption(r.Id, RuleSetNames.Of(r))).ToList();
        var view = new ScreeningView($"{query.RuleSet.Id}@{query.RuleSet.Version}", query.RuleSet.Id, RuleSetNames.Of(query.RuleSet), ruleSets, query.Month.ToVietnamese(), null, query.Day, [], []);
        if (read.CurrentTitle is not { } held)
        {
            return view;
        }

        var candidates = await db.Titles.AsNoTracking().Include(t => t.SourceGroups).ThenInclude(g => g.Members)
            .Where(t => t.SourceGroups.Any(g => g.Members.Any(m => m.SourceTitleId == held.Id)))
            .OrderByDescending(t => t.Rank).ThenBy(t => t.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var track = candidates.FirstOrDefault()?.TermTrack ?? TermTrack.Party;
        return view with
        {
            Term = TermTracks.Holding(terms, track, query.Day.Year)?.Name,
            Verdicts = CadreScreening.Verdicts(read.Facts, candidates, terms, query, PlanTermKind.Current),
            NextTermVerdicts = CadreScreening.Verdicts(read.Facts, candidates, terms, query, PlanTermKind.Next),
        };
    }

    private static DisciplineView Discipline(DisciplineEntry d, RuleSet ruleSet, DateOnly today)
    {
        var status = DisciplineTimeRule.InForceOn(CadreFactsReader.Discipline(d), today, ruleSet.DisciplineWaits, ruleSet.MonthCounting);
        var text = d switch
        {
            { Annulled: true } => "Đã hủy",
            { EffectiveOn: var from } when from > today => "Chưa có hiệu lực",
            { ComplaintPending: true } when status.InForce => "Đang có hiệu lực (đang giải quyết khiếu nại)",
            _ when status.InForce => "Đang có hiệu lực",
            _ => "Đã hết hiệu lực",
        };
        var inForce = !d.Annulled && d.EffectiveOn <= today && status.InForce;
        return new DisciplineView(RegistryLabels.Of(d.Authority), RegistryLabels.Of(d.Form), d.DecisionNumber, d.DecidedOn, d.EffectiveOn, text, inForce, d.Annulled ? null : status.FreeFrom, d.IsCollective);
    }
}
