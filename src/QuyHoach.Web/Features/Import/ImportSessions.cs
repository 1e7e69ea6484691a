using QuyHoach.Data.Imports;
using QuyHoach.Data.Uploads;
using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>One upload as its owner sees it (the parsed rows stay in the database until applied).</summary>
public sealed record ImportView(Guid Id, string FileName, ImportState State, int Progress, ImportReport Report, ImportOutcome? Outcome, bool Interrupted)
{
    public bool CanApply => Report.CanApply;
}

/// <summary>
/// Uploads kept in the database for an hour (<see cref="ImportSession"/>, an <see cref="UploadSession"/>), visible only to the account that made them,
/// so any instance shows or finishes one and a restart loses nothing. Applying is claimed by one conditional UPDATE:
/// of two submits, on one instance or two, one wins. An upload whose applying instance stopped (no heartbeat for
/// <see cref="StaleAfter"/>; its transaction rolled back) may be applied again, which the import's keys make safe.
/// </summary>
public sealed class ImportSessions(QuyHoachDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>Far longer than one batch of the applier takes between two heartbeats.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    public async Task<Guid> AddAsync(Guid ownerId, string fileName, RegistryImportResult file, IReadOnlyList<ImportIssue> problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var now = clock.GetUtcNow();
        var stale = now - StaleAfter;
        await db.ImportSessions.Where(s => s.State != ImportState.Applying || s.HeartbeatAt < stale)
            .DeleteExpiredAsync(now, cancellationToken).ConfigureAwait(false);
        var report = ImportReport.Of(file, problems);
        var session = UploadSession.Start<ImportSession>(ownerId, fileName, now, Lifetime);
        (session.State, session.CanApply, session.Report) = (ImportState.Validated, report.CanApply, ImportJson.Write(report));
        session.ParsedRows = report.CanApply ? ImportJson.Write(file) : "{}";
        db.ImportSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return session.Id;
    }

    public async Task<ImportView?> FindAsync(Guid id, Guid ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await Owned(id, ownerId, now)
            .Select(s => new { s.Id, s.FileName, s.State, s.Progress, s.Report, s.Outcome, s.HeartbeatAt })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null
            ? null
            : new ImportView(row.Id, row.FileName, row.State, row.Progress, ImportJson.Read<ImportReport>(row.Report),
                row.Outcome is null ? null : ImportJson.Read<ImportOutcome>(row.Outcome),
                row.State == ImportState.Applying && row.HeartbeatAt < now - StaleAfter);
    }

    /// <summary>Moves a clean upload to <see cref="ImportState.Applying"/>; false when another submit already did.</summary>
    public async Task<bool> TryClaimAsync(Guid id, Guid ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stale = now - StaleAfter;
        var claimed = await Owned(id, ownerId, now)
            .Where(s => s.CanApply && (s.State == ImportState.Validated || (s.State == ImportState.Applying && s.HeartbeatAt < stale)))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, ImportState.Applying).SetProperty(s => s.Progress, 0).SetProperty(s => s.HeartbeatAt, now), cancellationToken)
            .ConfigureAwait(false);
        return claimed == 1;
    }

    /// <summary>The valid rows of a claimed upload.</summary>
    public async Task<RegistryImportResult> RowsAsync(Guid id, CancellationToken cancellationToken)
    {
        var json = await db.ImportSessions.Where(s => s.Id == id).Select(s => s.ParsedRows).SingleAsync(cancellationToken).ConfigureAwait(false);
        return ImportJson.Read<RegistryImportResult>(json);
    }

    public async Task ReportProgressAsync(Guid id, int percent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.ImportSessions.Where(s => s.Id == id && s.State == ImportState.Applying)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Progress, percent).SetProperty(s => s.HeartbeatAt, now), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Records the outcome; called inside the applier's transaction, so the rows and "done" commit together.</summary>
    public Task FinishAsync(Guid id, ImportOutcome outcome, CancellationToken cancellationToken) => EndAsync(id, ImportState.Done, ImportJson.Write(outcome), cancellationToken);

    public Task FailAsync(Guid id, CancellationToken cancellationToken) => EndAsync(id, ImportState.Failed, null, cancellationToken);

    private async Task EndAsync(Guid id, ImportState state, string? outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.ImportSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(
                u => u.SetProperty(s => s.State, state).SetProperty(s => s.Progress, 100).SetProperty(s => s.Outcome, outcome)
                    .SetProperty(s => s.ParsedRows, "{}").SetProperty(s => s.ExpiresAt, now + Lifetime),
                cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>As <see cref="UploadSessions.Owned"/>, and also an upload still being applied after its time.</summary>
    private IQueryable<ImportSession> Owned(Guid id, Guid ownerId, DateTimeOffset now) =>
        db.ImportSessions.Where(s => s.Id == id && s.OwnerId == ownerId && (s.ExpiresAt > now || s.State == ImportState.Applying));
}
