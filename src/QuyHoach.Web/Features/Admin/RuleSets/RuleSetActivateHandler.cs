using QuyHoach.Data.RuleSets;

namespace QuyHoach.Web.Features.Admin.RuleSets;

/// <summary>
/// Áp dụng phiên bản bộ quy tắc (R-REG-4): the version becomes the current one of its set for screening and for rounds
/// that start from now; rounds that already froze a version keep it. Audited; activating the current version again
/// changes nothing (a double submit included).
/// </summary>
public sealed class RuleSetActivateHandler(QuyHoachDbContext db, TimeProvider clock)
{
    /// <summary>False when no such version exists.</summary>
    public async Task<bool> ActivateAsync(PlanningActor actor, Guid versionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = await db.RuleSetVersions.SingleOrDefaultAsync(r => r.Id == versionId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return false;
        }

        var shelf = await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
        if (shelf.VersionIds.TryGetValue(row.RuleSetId, out var currentId) && currentId == row.Id)
        {
            return true;
        }

        var before = shelf.Catalog.Find(row.RuleSetId)?.Version;
        (row.ActivatedAt, row.ActivatedByUserId) = (clock.GetUtcNow(), actor.UserId);
        AuditTrail.Record(db, AuditEvent.Create(actor.Audit, AuditAction.RuleSetActivated, "rule_set", row.Id.ToString(), null,
            before: new { row.RuleSetId, Version = before }, after: new { row.RuleSetId, row.Version, row.EffectiveFrom }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
