using QuyHoach.Domain.Dossiers;
using QuyHoach.Domain.Quotas;
using QuyHoach.Domain.Time;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Phê duyệt quy hoạch: records the approving authority's decision for dossiers of a closed round. Each dossier must
/// be complete with items 2–5 fresh on its consideration date (the signing date when none was set; R-DOS-1/2) and the
/// political standard appraised as met (R-DOS-3); caps are checked again against the plan as it stands (R-PRI-5/6).
/// The entries take effect on the signing date (R-EFF-1). A decision after the 30-working-day deadline is recorded
/// with a warning (R-AUTH-2 binds the approving body; it does not void its decision). All or nothing.
/// </summary>
public sealed class ApproveHandler(QuyHoachDbContext db, TimeProvider clock, DecisionQuery view, Development.DevelopmentCommands development)
{
    public async Task<Outcome<DecisionView>> HandleAsync(PlanningActor actor, Guid roundId, ApproveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await DecisionRound.LoadAsync(
            db, actor, roundId, request.Decision, Shell.VietnamTime.Today(clock), "Đợt quy hoạch chưa kết thúc: chưa phê duyệt được.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } round)
        {
            return loaded.Refusal!;
        }

        var fields = request.Decision!;
        var signedOn = fields.SignedOn!.Value;
        if (await UnitGuard.RefuseAsync(db, round.OrganisationId, signedOn, cancellationToken).ConfigureAwait(false) is { } historyOnly)
        {
            return historyOnly;
        }

        var all = await db.Dossiers.Include(d => d.Documents).Where(d => d.RoundId == roundId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var approved = new List<Dossier>();
        foreach (var d in all)
        {
            if (await PlanQueries.IsApprovedAsync(db, d, cancellationToken).ConfigureAwait(false))
            {
                approved.Add(d);
            }
        }

        var chosen = request.DossierIds is { Count: > 0 } ids ? all.Where(d => ids.Contains(d.Id)).ToList() : all.Except(approved).ToList();
        if (chosen.Count == 0 || (request.DossierIds is { Count: > 0 } asked && chosen.Count != asked.Distinct().Count()))
        {
            return Refusal.BadInput("Không có hồ sơ nào để phê duyệt (hoặc có hồ sơ không thuộc đợt quy hoạch này).");
        }

        var cadres = await db.Cadres.Where(c => chosen.Select(d => d.CadreId).Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.FullName, cancellationToken).ConfigureAwait(false);
        var titles = await db.Titles.Where(t => chosen.Select(d => d.TitleId).Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken).ConfigureAwait(false);
        var problems = new List<VoteProblem>();
        var warnings = new List<string>();
        var waits = (await PlanRules.ForAsync(db, round, signedOn, cancellationToken).ConfigureAwait(false)).Waits;
        foreach (var d in chosen)
        {
            var who = $"{cadres[d.CadreId]} ({titles[d.TitleId].Name})";
            if (approved.Contains(d))
            {
                problems.Add(new VoteProblem("ALREADY_APPROVED", $"{who}: đã được phê duyệt."));
                continue;
            }

            var check = DossierAssessment.Check(
                d.Documents.GroupBy(x => x.Item).ToDictionary(g => g.Key, g => g.MaxBy(x => x.UploadedAt)!.DocumentDate),
                d.ConsideredOn ?? signedOn, d.CompletedOn, signedOn, waits, PlanRules.Calendar);
            if (!check.Complete)
            {
                problems.Add(new VoteProblem("DOSSIER_INCOMPLETE", $"{who}: hồ sơ chưa đủ thành phần {string.Join(", ", check.Items.Where(i => i.State == ItemState.Missing).Select(i => i.Item.Number))} (R-DOS-1)."));
            }

            foreach (var stale in check.Items.Where(i => i.State == ItemState.Stale))
            {
                problems.Add(new VoteProblem("DOCUMENT_STALE", $"{who}: thành phần {stale.Item.Number} ngày {stale.DocumentDate:dd/MM/yyyy} chỉ có giá trị đến {stale.ValidThrough:dd/MM/yyyy}, quá thời hạn vào ngày xem xét {check.JudgedOn:dd/MM/yyyy} (R-DOS-2)."));
            }

            if (d.Appraisal != AppraisalOutcome.Met)
            {
                problems.Add(new VoteProblem("POLITICAL_STANDARD", d.Appraisal is null
                    ? $"{who}: chưa thẩm định tiêu chuẩn chính trị (R-DOS-3)."
                    : $"{who}: kết luận không đạt tiêu chuẩn chính trị, không phê duyệt được (R-DOS-3, R-REM-AUTO)."));
            }

            if (check.Deadline is { IsLate: true } late)
            {
                warnings.Add(LateWarning(who, late, signedOn, d.CompletedOn!.Value));
            }
        }

        problems.AddRange(await CapProblemsAsync(round, chosen, titles, cadres, signedOn, cancellationToken).ConfigureAwait(false));
        if (problems.Count > 0)
        {
            return Refusal.Conflict("Chưa phê duyệt được: " + string.Join(" ", problems.Select(p => p.Message)), problems);
        }

        var decision = NewDecision(DecisionKind.Approval, round, fields, actor, clock.GetUtcNow());
        decision.Warnings = warnings.Count > 0 ? string.Join('\n', warnings) : null;
        db.Add(decision);
        var entries = chosen.Select(d => PlanEntry.Approved(decision, d.CadreId, d.TitleId)).ToList();
        db.AddRange(entries);
        PlanningAudit.Record(db, actor, AuditAction.PlanApproved, PlanningAudit.PlanDecision, decision.Id, round.OrganisationId, after: new
        {
            decision.Number,
            decision.SignedOn,
            decision.SignerName,
            decision.SignerPosition,
            RoundId = round.Id,
            Entries = entries.Select(e => new { e.Id, e.CadreId, e.TitleId, e.EffectiveFrom }).ToList(),
            Warnings = warnings,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Each approved entry gets its development plan at once (R-USE-2); generation is idempotent per entry and key.
        foreach (var entry in entries)
        {
            await development.GenerateOnApprovalAsync(actor, entry.Id, cancellationToken).ConfigureAwait(false);
        }

        return await view.ViewAsync(decision, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "…: phê duyệt ngày 14/12/2022, chậm 1 ngày làm việc (1 ngày) so với thời hạn 13/12/2022 (…, R-AUTH-2)." The
    /// delay is counted in working days, as the deadline is (R-AUTH-2; docs/rules/calendar.md), and in calendar days.
    /// </summary>
    internal static string LateWarning(string who, ApprovalDeadline late, DateOnly signedOn, DateOnly completedOn) =>
        $"{who}: phê duyệt ngày {signedOn:dd/MM/yyyy}, chậm {PlanRules.Calendar.CountWorkingDays(late.DueOn, signedOn)} ngày làm việc ({signedOn.DayNumber - late.DueOn.DayNumber} ngày) "
        + $"so với thời hạn {late.DueOn:dd/MM/yyyy} ({late.WorkingDays} ngày làm việc kể từ ngày nhận đủ hồ sơ {completedOn:dd/MM/yyyy}, {late.Basis.RuleId}).";

    internal static PlanDecision NewDecision(DecisionKind kind, PlanningRound round, DecisionFields fields, PlanningActor actor, DateTimeOffset now) =>
        PlanDecision.Signed(kind, round.OrganisationId, round.ManagementAuthorityId, round.TermId, round.Id, fields.Signature(), null, actor.UserId, now);

    /// <summary>R-PRI-5/6 against the plan as it holds on the signing day plus the dossiers approved together.</summary>
    private async Task<List<VoteProblem>> CapProblemsAsync(
        PlanningRound round, List<Dossier> chosen, Dictionary<Guid, Data.Registry.Title> titles, Dictionary<Guid, string> cadres, DateOnly signedOn, CancellationToken cancellationToken)
    {
        var ruleSet = await PlanRules.ForAsync(db, round, signedOn, cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.SingleAsync(t => t.Id == round.TermId, cancellationToken).ConfigureAwait(false);
        var held = await PlanQueries.HeldOnAsync(db, signedOn, q => q.Where(e => e.TermId == round.TermId), cancellationToken).ConfigureAwait(false);
        var read = await CadreFactsReader.ReadAsync(db, chosen.Select(d => d.CadreId).ToList(), signedOn, cancellationToken).ConfigureAwait(false);
        var problems = new List<VoteProblem>();
        var batch = new List<Dossier>();
        foreach (var d in chosen)
        {
            var termKind = TermTracks.KindOf(term, titles[d.TitleId].TermTrack, signedOn);
            var sameBatch = batch.Where(b => b.CadreId == d.CadreId).Select(b => new ActivePlan(
                b.TitleId.ToString(), titles[b.TitleId].Level, TitleKinds.Of(titles[b.TitleId].Kind), TermTracks.KindOf(term, titles[b.TitleId].TermTrack, signedOn)));
            var facts = read[d.CadreId].Facts;
            facts = facts with { ActivePlans = [.. facts.ActivePlans, .. sameBatch] };
            var others = held.Count(h => h.Entry.TitleId == d.TitleId && h.Entry.CadreId != d.CadreId) + batch.Count(b => b.TitleId == d.TitleId);
            var title = await PlannedTitles.LoadAsync(db, d.TitleId, cancellationToken).ConfigureAwait(false);
            var reasons = new List<EligibilityReason>();
            PlanCapRule.Check(new EligibilityRequest(facts, title, termKind, signedOn, others), ruleSet.Caps, reasons);
            problems.AddRange(reasons.Select(r => new VoteProblem(r.Code, $"{cadres[d.CadreId]}: {r.Message} ({r.Basis.RuleId}).")));
            batch.Add(d);
        }

        return problems;
    }
}
