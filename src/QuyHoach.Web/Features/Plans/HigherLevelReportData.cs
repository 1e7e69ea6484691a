using QuyHoach.Documents.Decisions;
using QuyHoach.Domain.Age;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Báo cáo kết quả phê duyệt quy hoạch gửi cấp trên (R-TIME-2: reviewed in Q1, the approved result reported in Q2),
/// read from an approval decision of a round and the plan as recorded.
/// </summary>
/// <remarks>
/// The report covers the round's decisions signed up to the approval's signing day (approvals add, removal decisions
/// after the removal vote take out): "sau rà soát" is the plan of the round's titles held on that day in the unit and
/// term (R-EFF-1/2), "trước rà soát" is that minus the added plus the removed. The higher level is the one above the
/// approving authority's unit: its standing committee when recorded (Kế hoạch 331/KH-SCT, mục A.5 "Báo cáo Ban Thường vụ Tỉnh ủy"),
/// else that unit's name; a province reports to Ban Tổ chức Trung ương (kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy, mục III.2; docs/rules/plans.md). Cadres are counted once
/// each; "trẻ" is R-STR-1 at the round's reference month.
/// </remarks>
internal static class HigherLevelReportData
{
    /// <summary>Where a province, having no unit above it, reports (kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy, mục III.2; docs/rules/plans.md).</summary>
    public const string CentralRecipient = "Ban Tổ chức Trung ương";

    public static async Task<HigherLevelReport> LoadAsync(QuyHoachDbContext db, DecisionContext context, DateOnly today, CancellationToken cancellationToken)
    {
        var decision = context.Decision;
        var day = decision.SignedOn;
        var round = await db.PlanningRounds.AsNoTracking().Include(r => r.Titles).SingleAsync(r => r.Id == decision.RoundId, cancellationToken).ConfigureAwait(false);
        var settled = await db.PlanDecisions.Where(d => d.RoundId == round.Id && d.SignedOn <= day).Select(d => new { d.Id, d.Kind }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var approvals = settled.Where(d => d.Kind == DecisionKind.Approval).Select(d => d.Id).ToList();
        var removals = settled.Where(d => d.Kind == DecisionKind.Removal).Select(d => (Guid?)d.Id).ToList();
        var added = await db.PlanEntries.Where(e => approvals.Contains(e.ApprovalDecisionId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var removed = await db.PlanEntries.Where(e => removals.Contains(e.EndDecisionId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var held = (await PlanQueries.HeldOnAsync(db, day, q => q.Where(e => e.TermId == decision.TermId && e.OrganisationId == decision.OrganisationId), cancellationToken).ConfigureAwait(false))
            .Select(h => h.Entry).ToList();

        var titleIds = round.Titles.Select(t => t.TitleId).Concat(added.Select(e => e.TitleId)).Concat(removed.Select(e => e.TitleId)).Distinct().ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).OrderBy(t => t.Rank).ThenBy(t => t.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var after = held.Where(e => titleIds.Contains(e.TitleId)).ToList();
        var counts = titles.Select(t =>
        {
            var (plus, minus, now) = (added.Count(e => e.TitleId == t.Id), removed.Count(e => e.TitleId == t.Id), after.Count(e => e.TitleId == t.Id));
            return new TitleCount(t.Name, now - plus + minus, plus, minus);
        }).ToList();

        var people = await PlanPeople.PeopleAsync(db, after.Select(e => e.CadreId).Distinct().ToList(), day, cancellationToken).ConfigureAwait(false);
        var removedPeople = await PlanPeople.PeopleAsync(db, removed.Select(e => e.CadreId).Distinct().ToList(), day, cancellationToken).ConfigureAwait(false);
        var authority = await db.ManagementAuthorities.SingleAsync(a => a.Id == decision.ManagementAuthorityId, cancellationToken).ConfigureAwait(false);
        return new HigherLevelReport
        {
            Body = context.Body,
            Number = context.Issuer.Blank("BC"),
            Date = today,
            Recipient = await RecipientAsync(db, authority, cancellationToken).ConfigureAwait(false),
            Scope = context.Scope,
            Round = Outputs.PlanningDocumentText.Round(round, context.Term),
            DecisionReference = context.DecisionReference,
            Counts = counts,
            Structure = Structure(people.Values.ToList(), round, await PlanRules.ForAsync(db, round, day, cancellationToken).ConfigureAwait(false)),
            Added = await PlanPeople.GroupsAsync(db, added.Select(e => (e.TitleId, e.CadreId)).ToList(), day, cancellationToken).ConfigureAwait(false),
            Removed = removed.Select(e => new RemovalLine(
                removedPeople[e.CadreId].FullName, removedPeople[e.CadreId].BirthDate, removedPeople[e.CadreId].CurrentPosition, titles.Single(t => t.Id == e.TitleId).Name,
                RemovalGround.Vote, "")).ToList(),
            Signer = context.Signer,
            Recipients = ["Như trên", context.Issuer.Archive],
        };
    }

    /// <summary>The standing committee of the unit above the authority's, else that unit, else the centre.</summary>
    private static async Task<string> RecipientAsync(QuyHoachDbContext db, ManagementAuthority authority, CancellationToken cancellationToken)
    {
        var parentId = await db.Organisations.Where(o => o.Id == authority.OrganisationId).Select(o => o.ParentId).SingleAsync(cancellationToken).ConfigureAwait(false);
        if (parentId is not { } id)
        {
            return CentralRecipient;
        }

        return await db.Bodies.Where(b => b.OrganisationId == id && b.Kind == Data.Registry.BodyKind.StandingCommittee).OrderBy(b => b.Code).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    private static PlanStructure Structure(IReadOnlyList<PlannedPerson> people, PlanningRound round, Domain.RuleSets.RuleSet ruleSet)
    {
        var targets = ruleSet.Structure;
        // The unit's plan is provincial level in every organisation the system holds (Sở, phòng); R-STR-1's table.
        const string level = "province";
        var measured = Domain.Quotas.StructureTargetRule.Check(
            people.Select(p => new Domain.Quotas.PlannedPerson(p.Sex, p.BirthDate.AgeMonth, KeyLeadership: false, p.ScienceTechnology)).ToList(),
            level, new YearMonth(round.ReferenceYear, round.ReferenceMonth), targets);
        return new PlanStructure(
            measured.Total,
            measured.Women,
            measured.Young,
            $"dưới {YoungCadreRule.LimitMonths(targets, level) / 12} tuổi",
            people.Count(p => Facts.EthnicMinority.Is(p.Ethnicity)),
            ruleSet.Regime == Domain.RuleSets.Regime.Qd377 ? measured.ScienceTechnology : null);
    }
}
