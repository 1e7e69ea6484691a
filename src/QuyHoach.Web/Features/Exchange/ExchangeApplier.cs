namespace QuyHoach.Web.Features.Exchange;

/// <summary>How a confirmation ended.</summary>
public enum ExchangeApplyResult
{
    /// <summary>The differences were written (or there were none).</summary>
    Applied,

    /// <summary>Another submit applied this upload first; nothing more was written.</summary>
    AlreadyApplied,

    /// <summary>The registry changed since the report was shown: nothing was written; the report must be read again.</summary>
    Stale,

    /// <summary>No such upload of this user, or it was refused: nothing was written.</summary>
    NotFound,
}

/// <summary>
/// Áp dụng tệp trao đổi (R-XCH-2): writes exactly the differences the user confirmed, in one transaction with its
/// claim on the upload (of two submits one wins; the other finds it applied) and one audit event per changed cadre
/// with every field before and after. When the registry no longer gives the confirmed report, nothing is written.
/// </summary>
public sealed class ExchangeApplier(QuyHoachDbContext db, ExchangeUploads uploads, TimeProvider clock)
{
    public async Task<(ExchangeApplyResult Result, ExchangeOutcome? Outcome)> ApplyAsync(UserAccess access, Guid id, string? fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var owner = access.UserId ?? Guid.Empty;
        var upload = await uploads.FindAsync(id, owner, cancellationToken).ConfigureAwait(false);
        if (upload is null || upload.Problems.Count > 0 || !access.CanWrite)
        {
            return (ExchangeApplyResult.NotFound, null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await uploads.TryClaimAsync(id, owner, cancellationToken).ConfigureAwait(false))
        {
            var done = await uploads.FindAsync(id, owner, cancellationToken).ConfigureAwait(false);
            return (ExchangeApplyResult.AlreadyApplied, done?.Outcome);
        }

        var comparison = await ExchangeComparison.CompareAsync(db, access, upload.Records, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(comparison.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return (ExchangeApplyResult.Stale, null);
        }

        var now = clock.GetUtcNow();
        var byId = comparison.Changed.Select(c => c.CadreId).ToList();
        var cadres = await db.Cadres.Where(c => byId.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken).ConfigureAwait(false);
        var records = upload.Records.ToDictionary(r => r.Record.PersonalIdNumber!, r => r.Record, StringComparer.Ordinal);
        foreach (var change in comparison.Changed)
        {
            var cadre = cadres[change.CadreId];
            var theirs = records[change.PersonalIdNumber];
            foreach (var field in ExchangeField.Compared.Where(f => change.Fields.Any(d => d.Field == f.Label)))
            {
                field.Write(cadre, theirs);
            }

            cadre.UpdatedAt = now;
            AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.ExchangeApplied, "cadre", cadre.Id.ToString(), cadre.OrganisationId,
                change.Fields.ToDictionary(f => f.Field, f => f.Ours), change.Fields.ToDictionary(f => f.Field, f => f.Theirs)));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var outcome = new ExchangeOutcome(comparison.Changed.Count, comparison.Unchanged, comparison.Unmatched.Count);
        await uploads.FinishAsync(id, outcome, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return (ExchangeApplyResult.Applied, outcome);
    }
}
