using QuyHoach.Domain.Development;
using QuyHoach.Domain.Time;

namespace QuyHoach.Web.Features.Development;

/// <summary>
/// One plan entry as its development plan reads it: the cadre, the title, the approval, the rule set it is judged by
/// (the approving round's frozen set, else the one in force on the signing day) and its timeline (R-EFF-1, R-PRI-8).
/// </summary>
internal sealed record DevelopmentEntry(PlanEntry Entry, Cadre Cadre, Title Title, Term Term, PlanDecision Approval, RuleSet RuleSet, EntryTimeline Timeline)
{
    public const string NotFound = "Không tìm thấy cán bộ trong quy hoạch thuộc phạm vi của bạn.";

    /// <summary>Who reads development plans: those who read the plan (staff, leaders, inspectors); staff change them.</summary>
    public static bool MayRead(PlanningActor actor) => actor.IsStaff || actor.IsLeader || actor.Is(Data.Identity.AppRoles.Inspector);

    public static Refusal ReadOnly { get; } = Refusal.Forbidden("Vai trò của bạn không được xem kế hoạch đào tạo, bồi dưỡng, luân chuyển cán bộ.");

    public static Refusal StaffOnly { get; } = Refusal.Forbidden("Chỉ chuyên viên tổ chức được cập nhật kế hoạch đào tạo, bồi dưỡng, luân chuyển cán bộ.");

    /// <summary>The entry of <paramref name="entryId"/> in the actor's scope and readable by them; else a refusal (404 out of scope).</summary>
    public static async Task<Outcome<DevelopmentEntry>> LoadAsync(QuyHoachDbContext db, PlanningActor actor, Guid entryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = await db.PlanEntries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken).ConfigureAwait(false);
        if (entry is null || !await OrganisationScope.CoversAsync(db, actor.OrganisationId, entry.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound(NotFound);
        }

        if (!MayRead(actor))
        {
            return ReadOnly;
        }

        var cadre = await db.Cadres.SingleAsync(c => c.Id == entry.CadreId, cancellationToken).ConfigureAwait(false);
        var title = await db.Titles.SingleAsync(t => t.Id == entry.TitleId, cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.SingleAsync(t => t.Id == entry.TermId, cancellationToken).ConfigureAwait(false);
        var approval = await db.PlanDecisions.SingleAsync(d => d.Id == entry.ApprovalDecisionId, cancellationToken).ConfigureAwait(false);
        var round = approval.RoundId is { } roundId ? await db.PlanningRounds.SingleAsync(r => r.Id == roundId, cancellationToken).ConfigureAwait(false) : null;
        var ruleSet = await PlanRules.ForAsync(db, round, approval.SignedOn, cancellationToken).ConfigureAwait(false);
        var appointable = AppointmentWaitRule.Check(approval.SignedOn, approval.SignedOn, ruleSet.Waits.AppointmentAfterApprovalMonths, ruleSet.MonthCounting).EarliestStart;
        var timeline = new EntryTimeline(entry.EffectiveFrom, appointable, new HeldEntry(entry, title, term).TermEndYear);
        return new DevelopmentEntry(entry, cadre, title, term, approval, ruleSet, timeline);
    }
}
