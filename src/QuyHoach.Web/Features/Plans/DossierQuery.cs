using QuyHoach.Domain.Dossiers;

namespace QuyHoach.Web.Features.Plans;

/// <summary>Xem hồ sơ: one dossier, or every dossier of a round, judged by <see cref="DossierAssessment"/> today.</summary>
public sealed class DossierQuery(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<DossierView>> HandleAsync(PlanningActor actor, Guid dossierId, CancellationToken cancellationToken)
    {
        var loaded = await PlanAccess.LoadDossierAsync(db, actor, dossierId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        var (dossier, round) = loaded.Value;
        var title = await db.Titles.SingleAsync(t => t.Id == dossier.TitleId, cancellationToken).ConfigureAwait(false);
        var cadre = await db.Cadres.Where(c => c.Id == dossier.CadreId).Select(c => new { c.Code, c.FullName }).SingleAsync(cancellationToken).ConfigureAwait(false);
        var approvals = await ApprovalsAsync(round.Id, cancellationToken).ConfigureAwait(false);
        var waits = await WaitsAsync(dossier, round, cancellationToken).ConfigureAwait(false);
        var check = CheckOn(dossier, waits, Today);
        var items = check.Items.Select(i => new DossierItemView(
            i.Item.Number, i.Item.Name, i.Item.TimeLimited, Code(i.State), i.DocumentDate, i.ValidThrough,
            dossier.Documents.Where(d => d.Item == i.Item.Number).OrderByDescending(d => d.UploadedAt)
                .Select((d, n) => new DossierFileView(d.Id, d.Item, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.DocumentDate, d.UploadedAt, n == 0, PlanAccess.MayReadFile(actor, round, d.Item))).ToList())).ToList();
        return new DossierView(
            dossier.Id, round.Id, round.Name, title.Code, title.Name, cadre.Code, cadre.FullName, dossier.ConsideredOn, dossier.CompletedOn, check.JudgedOn,
            check.Deadline?.DueOn, check.Deadline?.IsLate == true && !approvals.ContainsKey((dossier.TitleId, dossier.CadreId)),
            dossier.Appraisal is { } a ? Code(a) : null, dossier.AppraisedOn, dossier.AppraisalNote, check.Complete, check.Ready,
            approvals.GetValueOrDefault((dossier.TitleId, dossier.CadreId)), items, RowVersion.Text(dossier.Version), waits);
    }

    public async Task<Outcome<RoundDossiersView>> RoundAsync(PlanningActor actor, Guid roundId, CancellationToken cancellationToken)
    {
        var loaded = await RoundScope.LoadAsync(db, actor, roundId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        if (!PlanAccess.MayRead(actor))
        {
            return PlanAccess.ReadOnly;
        }

        var dossiers = await db.Dossiers.AsNoTracking().Include(d => d.Documents).Where(d => d.RoundId == roundId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var titleIds = dossiers.Select(d => d.TitleId).Distinct().ToList();
        var cadreIds = dossiers.Select(d => d.CadreId).ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var cadres = await db.Cadres.Where(c => cadreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => new { c.Code, c.FullName }, cancellationToken).ConfigureAwait(false);
        var approvals = await ApprovalsAsync(roundId, cancellationToken).ConfigureAwait(false);
        var checks = new Dictionary<Guid, DossierCheck>();
        foreach (var d in dossiers)
        {
            checks[d.Id] = await CheckAsync(d, round, cancellationToken).ConfigureAwait(false);
        }

        var lines = dossiers.Select(d =>
        {
            var check = checks[d.Id];
            var approved = approvals.GetValueOrDefault((d.TitleId, d.CadreId));
            return new DossierLineView(
                d.Id, titles[d.TitleId].Code, titles[d.TitleId].Name, cadres[d.CadreId].Code, cadres[d.CadreId].FullName, check.Complete, check.Ready,
                check.Items.Count(i => i.State == ItemState.Stale), check.Items.Count(i => i.State == ItemState.ExpiresSoon),
                d.CompletedOn, check.Deadline?.DueOn, check.Deadline?.IsLate == true && approved is null, d.Appraisal is { } a ? Code(a) : null, approved);
        }).OrderBy(l => titles.Values.First(t => t.Code == l.TitleCode).Rank).ThenBy(l => l.TitleCode, StringComparer.Ordinal)
            .ThenBy(l => l.FullName, PlanCodes.NameOrder).ToList();
        var decisions = await db.PlanDecisions.Where(x => x.RoundId == roundId).OrderBy(x => x.SignedOn).ThenBy(x => x.RecordedAt)
            .Select(x => new DecisionLineView(x.Id, PlanCodes.Of(x.Kind), PlanCodes.Label(x.Kind), x.Number, x.SignedOn, x.SignerName,
                db.PlanEntries.Count(e => e.ApprovalDecisionId == x.Id || e.EndDecisionId == x.Id)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var waits = (await PlanRules.ForAsync(db, round, Today, cancellationToken).ConfigureAwait(false)).Waits;
        return new RoundDossiersView(round.Id, round.Name, PlanningCodes.Of(round.Status), lines, decisions, waits, DossierChecklist.Items.Count);
    }

    /// <summary>The dossier as judged today by the round's frozen rule set (else the stored set in force on its
    /// consideration day): the store, never the built-in catalogue (R-REG-4, R-DOS-2).</summary>
    internal async Task<DossierCheck> CheckAsync(Dossier dossier, PlanningRound round, CancellationToken cancellationToken) =>
        CheckOn(dossier, await WaitsAsync(dossier, round, cancellationToken).ConfigureAwait(false), Today);

    /// <summary>The waits of the rule set <paramref name="dossier"/> is judged by: the round's frozen set, else the stored set in force on its consideration day.</summary>
    private async Task<PlanningWaits> WaitsAsync(Dossier dossier, PlanningRound round, CancellationToken cancellationToken) =>
        (await PlanRules.ForAsync(db, round, dossier.ConsideredOn ?? Today, cancellationToken).ConfigureAwait(false)).Waits;

    private DateOnly Today => Shell.VietnamTime.Today(clock);

    /// <summary>Đủ thành phần (R-DOS-1): whether every item has a document, which no rule-set number decides.</summary>
    internal static bool Complete(Dossier dossier) => CheckOn(dossier, new PlanningWaits(0, 0, 0), DateOnly.MinValue).Complete;

    /// <summary>The dossier as judged on <paramref name="today"/> by the built-in catalogue, for the reports' pipeline
    /// reader (Features/Reports, outside this area); screens and commands use <see cref="CheckAsync"/>.</summary>
    internal static DossierCheck CheckOn(Dossier dossier, PlanningRound round, DateOnly today) =>
        CheckOn(dossier, PlanRules.For(round, dossier.ConsideredOn ?? today).Waits, today);

    private static DossierCheck CheckOn(Dossier dossier, PlanningWaits waits, DateOnly today)
    {
        var newest = dossier.Documents.GroupBy(d => d.Item).ToDictionary(g => g.Key, g => g.MaxBy(d => d.UploadedAt)!.DocumentDate);
        return DossierAssessment.Check(newest, dossier.ConsideredOn, dossier.CompletedOn, today, waits, PlanRules.Calendar);
    }

    /// <summary>(title, cadre) → the number of the approval decision that planned them from this round.</summary>
    private async Task<Dictionary<(Guid, Guid), string>> ApprovalsAsync(Guid roundId, CancellationToken cancellationToken) =>
        (await db.PlanEntries.Where(e => db.PlanDecisions.Any(x => x.Id == e.ApprovalDecisionId && x.RoundId == roundId))
            .Select(e => new { e.TitleId, e.CadreId, Number = db.PlanDecisions.Where(x => x.Id == e.ApprovalDecisionId).Select(x => x.Number).First() })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .ToDictionary(e => (e.TitleId, e.CadreId), e => e.Number);

    internal static string Code(ItemState state) => state switch
    {
        ItemState.Missing => "missing",
        ItemState.Present => "present",
        ItemState.Fresh => "fresh",
        ItemState.ExpiresSoon => "expires-soon",
        ItemState.Stale => "stale",
    };

    internal static string Code(AppraisalOutcome outcome) => outcome == AppraisalOutcome.Met ? "met" : "not-met";
}
