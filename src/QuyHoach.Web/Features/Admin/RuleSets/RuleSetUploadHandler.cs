using QuyHoach.Data.RuleSets;

namespace QuyHoach.Web.Features.Admin.RuleSets;

/// <summary>Kết quả tải lên: the stored version, or every error with its line.</summary>
public sealed record RuleSetUploadOutcome(Guid? VersionId, IReadOnlyList<RuleSetUploadError> Errors);

/// <summary>
/// Tải lên bộ quy tắc (R-REG-4): validates the JSON (every error with the line at fault), resolves an override onto the
/// current version of the base set it extends, and stores it as a new version, not yet activated, with an audit event.
/// The same file twice is the same version (same id, version and content: nothing new is written, on a double submit
/// too: the unique id and version); the same id and version with other content is refused.
/// </summary>
public sealed class RuleSetUploadHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<RuleSetUploadOutcome> UploadAsync(PlanningActor actor, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(json);
        var current = await CurrentBasesAsync(cancellationToken).ConfigureAwait(false);
        var checkedSet = RuleSetUpload.Check(json, id => current.GetValueOrDefault(id)?.Resolved);
        if (checkedSet.RuleSet is not { } set)
        {
            return new RuleSetUploadOutcome(null, checkedSet.Errors);
        }

        var sha = RuleSetSeeder.Sha256(json);
        if (await ExistingAsync(set, sha, json, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var row = new RuleSetRecord
        {
            Id = Guid.CreateVersion7(),
            RuleSetId = set.Id,
            Version = set.Version,
            ExtendsId = set.Extends,
            ExtendsVersion = set.Extends is { } b ? current[b].Version : null,
            EffectiveFrom = set.EffectiveFrom,
            Document = json,
            Resolved = checkedSet.Resolved!.ToJsonString(),
            Sha256 = sha,
            UploadedByUserId = actor.UserId,
            UploadedAt = clock.GetUtcNow(),
        };
        db.RuleSetVersions.Add(row);
        AuditTrail.Record(db, AuditEvent.Create(actor.Audit, AuditAction.RuleSetUploaded, "rule_set", row.Id.ToString(), null, after: new
        {
            row.RuleSetId,
            row.Version,
            row.ExtendsId,
            row.ExtendsVersion,
            row.EffectiveFrom,
            row.Sha256,
        }));
        if (await db.SaveUnlessDuplicateAsync(cancellationToken).ConfigureAwait(false))
        {
            return new RuleSetUploadOutcome(row.Id, []);
        }

        // Another submit of the same file stored it first.
        return await ExistingAsync(set, sha, json, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException("Rule set version vanished after a duplicate save.");
    }

    /// <summary>The current version of every base set (no <c>extends</c>): what an override may extend.</summary>
    private async Task<Dictionary<string, RuleSetRecord>> CurrentBasesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.RuleSetVersions.AsNoTracking().Where(r => r.ActivatedAt != null && r.ExtendsId == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.GroupBy(r => r.RuleSetId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.ActivatedAt)!, StringComparer.Ordinal);
    }

    private async Task<RuleSetUploadOutcome?> ExistingAsync(RuleSet set, string sha, string json, CancellationToken cancellationToken)
    {
        var existing = await db.RuleSetVersions.AsNoTracking().Where(r => r.RuleSetId == set.Id && r.Version == set.Version)
            .Select(r => new { r.Id, r.Sha256 }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return null;
        }

        return existing.Sha256 == sha
            ? new RuleSetUploadOutcome(existing.Id, [])
            : new RuleSetUploadOutcome(null, [new RuleSetUploadError(RuleSetLines.Of(json).LineOf("version"), "version", $"Phiên bản {set.Version} của bộ quy tắc này đã có với nội dung khác: hãy đặt số phiên bản mới.")]);
    }
}
