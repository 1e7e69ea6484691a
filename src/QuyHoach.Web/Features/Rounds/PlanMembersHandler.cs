using QuyHoach.Domain.Voting;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>Rà soát cán bộ đang trong quy hoạch of one title; grounds put a member to the removal vote.</summary>
public sealed record ReviewPlanMembersRequest(string? TitleCode, IReadOnlyList<PlanMemberLine>? Members);

/// <summary>One planned cadre: chosen by id (the page's picker) or by code (the API).</summary>
public sealed record PlanMemberLine(string? CadreCode, string? Grounds, Guid? CadreId = null);

/// <summary>
/// The annual review of cadres already planned for a title (docs/rules/procedures.md, review step 1): automatic removal without a vote when
/// AutomaticRemovalPolicy finds a trigger (R-REM-AUTO; an entry of a plan approved before QĐ 50 is held to the
/// transitional floor only, R-TRANS-1); otherwise the removal vote when the latest rating is KHTNV
/// (R-EV-PL1) or the staff records grounds (R-REM-VOTE: not meeting standards, moved out, …); otherwise kept.
/// </summary>
public sealed class PlanMembersHandler(QuyHoachDbContext db, TimeProvider clock, SourceListQuery list)
{
    public async Task<Outcome<IReadOnlyList<SourceEntryView>>> HandleAsync(PlanningActor actor, Guid roundId, ReviewPlanMembersRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = await SourceListContext.LoadAsync(db, actor, roundId, request.TitleCode, cancellationToken).ConfigureAwait(false);
        if (context.Value is not { } c)
        {
            return context.Refusal!;
        }

        if (c.Round.Kind != RoundKind.AnnualReview)
        {
            return Refusal.BadInput("Chỉ đợt rà soát, bổ sung hằng năm mới rà soát cán bộ đang trong quy hoạch.");
        }

        var problems = new List<VoteProblem>();
        var entries = new List<SourceListEntry>();
        var updated = new List<SourceListEntry>();
        foreach (var line in request.Members ?? [])
        {
            var cadre = await db.Cadres.SingleOrDefaultAsync(x => line.CadreId != null ? x.Id == line.CadreId : x.Code == line.CadreCode, cancellationToken).ConfigureAwait(false);
            var existing = cadre is null ? null
                : await db.SourceListEntries.SingleOrDefaultAsync(e => e.RoundId == roundId && e.TitleId == c.TitleId && e.CadreId == cadre.Id, cancellationToken).ConfigureAwait(false);
            if (cadre is null || entries.Concat(updated).Any(e => e.CadreId == cadre.Id) || existing is { Kind: SourceEntryKind.Candidate })
            {
                problems.Add(new VoteProblem("CADRE", $"Không tìm thấy cán bộ đã chọn hoặc cán bộ đã có trong danh sách nguồn của chức danh này."));
                continue;
            }

            var entry = await ReviewAsync(db, c, cadre.Id, line.Grounds, actor.UserId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                entries.Add(entry);
                continue;
            }

            // A member pre-filled from the current plan is reviewed again with the grounds staff record (still in draft:
            // no ballot exists yet), so the removal vote can be asked for on any ground of R-REM-VOTE.
            (existing.Outcome, existing.ReasonsJson, existing.MonthsRemaining, existing.RequiredMonths, existing.SourceGroup, existing.AgeReference, existing.Action, existing.Grounds) =
                (entry.Outcome, entry.ReasonsJson, entry.MonthsRemaining, entry.RequiredMonths, entry.SourceGroup, entry.AgeReference, entry.Action, entry.Grounds);
            updated.Add(existing);
        }

        if (problems.Count > 0 || entries.Count + updated.Count == 0)
        {
            return Refusal.BadInput(problems.Count > 0 ? string.Join(" ", problems.Select(p => p.Message)) : "Hãy chọn ít nhất một cán bộ.", problems);
        }

        db.SourceListEntries.AddRange(entries);
        Record(db, actor, c, request.TitleCode, [.. entries, .. updated], "plan-members");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await list.HandleAsync(actor, roundId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The next annual review opens with the current plan (R-USE-3; docs/rules/procedures.md): every entry of the round's titles and
    /// term holding at the reference month joins the source list, reviewed as above (automatic removal, removal vote, keep).
    /// </summary>
    public async Task PrefillAsync(PlanningActor actor, PlanningRound round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(round);
        var asOf = new DateOnly(round.ReferenceYear, round.ReferenceMonth, 1);
        foreach (var roundTitle in round.Titles)
        {
            var code = await db.Titles.Where(t => t.Id == roundTitle.TitleId).Select(t => t.Code).SingleAsync(cancellationToken).ConfigureAwait(false);
            var context = await SourceListContext.LoadAsync(db, actor, round.Id, code, cancellationToken).ConfigureAwait(false);
            var held = await Facts.PlanQueries.HeldOnAsync(db, asOf, q => q.Where(e => e.TitleId == roundTitle.TitleId && e.TermId == round.TermId), cancellationToken).ConfigureAwait(false);
            if (context.Value is not { } c || held.Count == 0)
            {
                continue;
            }

            var entries = new List<SourceListEntry>();
            foreach (var h in held)
            {
                entries.Add(await ReviewAsync(db, c, h.Entry.CadreId, null, actor.UserId, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false));
            }

            db.SourceListEntries.AddRange(entries);
            Record(db, actor, c, code, entries, "current-plan");
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<SourceListEntry> ReviewAsync(
        QuyHoachDbContext db, SourceListContext c, Guid cadreId, string? lineGrounds, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var facts = (await CadreFactsReader.ReadAsync(db, cadreId, c.AsOf, cancellationToken).ConfigureAwait(false))!.Facts;
        var group = c.Title.SourceGroups.FirstOrDefault(g => facts.CurrentTitle is { } held && g.CurrentTitleIds.Contains(held.Id));
        var transitional = await Facts.PlanQueries.IsTransitionalAsync(db, cadreId, c.TitleId, c.Round.TermId, c.AsOf, c.RuleSet, cancellationToken).ConfigureAwait(false);
        var review = AutomaticRemovalPolicy.Review(c.Request(facts, transitional), group, c.RuleSet);
        var grounds = string.IsNullOrWhiteSpace(lineGrounds) ? null : lineGrounds.Trim();
        var action = review.RemoveAutomatically ? PlanMemberAction.AutomaticRemoval
            : review.FlagForRemovalVote || grounds is not null ? PlanMemberAction.RemovalVote
            : PlanMemberAction.Keep;
        var entry = c.NewEntry(cadreId, SourceEntryKind.PlanMember, userId, now);
        (entry.Outcome, entry.ReasonsJson, entry.MonthsRemaining, entry.RequiredMonths, entry.SourceGroup, entry.AgeReference) =
            (action.ToString(), SourceListHandler.Json(review.AutomaticRemoval), review.MonthsRemaining, review.RequiredMonths, group?.Number, review.AgeReference.ToString());
        (entry.Action, entry.Grounds) = (action, grounds ?? (review.FlagForRemovalVote ? "Không hoàn thành nhiệm vụ năm liền trước (R-EV-PL1)." : null));
        return entry;
    }

    private static void Record(QuyHoachDbContext db, PlanningActor actor, SourceListContext c, string? titleCode, List<SourceListEntry> entries, string kind) =>
        PlanningAudit.Record(db, actor, AuditAction.RoundSourceListChanged, PlanningAudit.Round, c.Round.Id, c.Round.OrganisationId, after: new
        {
            Kind = kind,
            TitleCode = titleCode,
            Added = entries.Select(e => new { e.CadreId, e.Outcome, e.Justification, Action = e.Action?.ToString(), e.Grounds }).ToList(),
        });
}
