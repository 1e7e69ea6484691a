using QuyHoach.Data.Planning;
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
        var check = Check(dossier, round);
        var items = check.Items.Select(i => new DossierItemView(
            i.Item.Number, i.Item.Name, i.Item.TimeLimited, Code(i.State), i.DocumentDate, i.ValidThrough,
            dossier.Documents.Where(d => d.Item == i.Item.Number).OrderByDescending(d => d.UploadedAt)
                .Select((d, n) => new DossierFileView(d.Id, d.Item, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.DocumentDate, d.UploadedAt, n == 0, PlanAccess.MayReadFile(actor, round, d.Item))).ToList())).ToList();
        return new DossierView(
            dossier.Id, round.Id, round.Name, title.Code, title.Name, cadre.Code, cadre.FullName, dossier.ConsideredOn, dossier.CompletedOn, check.JudgedOn,
            check.Deadline?.DueOn, check.Deadline?.IsLate == true && !approvals.ContainsKey((dossier.TitleId, dossier.CadreId)),
            dossier.Appraisal is { } a ? Code(a) : null, dossier.AppraisedOn, dossier.AppraisalNote, check.Complete, check.Ready,
            approvals.GetValueOrDefault((dossier.TitleId, dossier.CadreId)), items, RowVersion.Text(dossier.Version));
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
        var lines = dossiers.Select(d =>
        {
            var check = Check(d, round);
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
        return new RoundDossiersView(round.Id, round.Name, PlanningCodes.Of(round.Status), lines, decisions);
    }

    internal DossierCheck Check(Dossier dossier, PlanningRound round) => CheckOn(dossier, round, Shell.VietnamTime.Today(clock));

    /// <summary>The dossier as judged on <paramref name="today"/> (the reports ask it as of their day).</summary>
    internal static DossierCheck CheckOn(Dossier dossier, PlanningRound round, DateOnly today)
    {
        var newest = dossier.Documents.GroupBy(d => d.Item).ToDictionary(g => g.Key, g => g.MaxBy(d => d.UploadedAt)!.DocumentDate);
        var ruleSet = PlanRules.For(round, dossier.ConsideredOn ?? today);
        return DossierAssessment.Check(newest, dossier.ConsideredOn, dossier.CompletedOn, today, ruleSet.Waits, PlanRules.Calendar);
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
