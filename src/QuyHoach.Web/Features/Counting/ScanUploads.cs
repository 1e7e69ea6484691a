using System.Security.Cryptography;
using Npgsql;
using QuyHoach.Data.Counting;

namespace QuyHoach.Web.Features.Counting;

/// <summary>
/// Các lần tải bản quét, kept in the database (<see cref="ScanUpload"/>): adding one (the same file again by the same
/// member for the same conference finds the first, by the unique index), claiming its reading by one conditional
/// UPDATE (so of two instances one reads it, and a claim whose heartbeat went stale — the instance stopped — is taken
/// over), reporting progress and ending it.
/// </summary>
public sealed class ScanUploads(QuyHoachDbContext db, TimeProvider clock)
{
    /// <summary>Far longer than reading one page takes between two heartbeats.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    /// <summary>The upload's id and whether it is new (false: the same file was uploaded before).</summary>
    public async Task<(Guid Id, bool Added)> AddAsync(PlanningActor actor, Guid conferenceId, string fileName, byte[] content, Guid organisationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await ExistingAsync(conferenceId, actor.UserId, hash, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, false);
        }

        var upload = new ScanUpload
        {
            Id = Guid.CreateVersion7(),
            ConferenceId = conferenceId,
            UploadedByUserId = actor.UserId,
            UploadedAt = clock.GetUtcNow(),
            FileName = fileName.Length > ScanUpload.FileNameMaxLength ? fileName[..ScanUpload.FileNameMaxLength] : fileName,
            FileHash = hash,
            Content = content,
            State = ScanState.Queued,
        };
        db.ScanUploads.Add(upload);
        PlanningAudit.Record(db, actor, AuditAction.ScanUploaded, PlanningAudit.Conference, conferenceId, organisationId, null,
            new { Upload = upload.Id, File = upload.FileName, Bytes = content.Length, Sha256 = hash });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return (upload.Id, true);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: ScanUpload.SameFileIndex })
        {
            // A second submit of the same file raced this one: the first stands.
            db.ChangeTracker.Clear();
            return ((await ExistingAsync(conferenceId, actor.UserId, hash, cancellationToken).ConfigureAwait(false))!.Value, false);
        }
    }

    /// <summary>Moves a queued upload (or one whose reader stopped) to reading; false when another reader has it.</summary>
    public async Task<bool> TryClaimAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var stale = now - StaleAfter;
        var claimed = await db.ScanUploads
            .Where(s => s.Id == id && (s.State == ScanState.Queued || (s.State == ScanState.Reading && s.HeartbeatAt < stale)))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, ScanState.Reading).SetProperty(s => s.Progress, 0).SetProperty(s => s.HeartbeatAt, now), cancellationToken)
            .ConfigureAwait(false);
        return claimed == 1;
    }

    public async Task ReportProgressAsync(Guid id, int percent, int pages, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.ScanUploads.Where(s => s.Id == id && s.State == ScanState.Reading)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Progress, percent).SetProperty(s => s.Pages, pages).SetProperty(s => s.HeartbeatAt, now), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Ends the reading: read (the file is cleared, its pages are stored) or failed (nothing was readable).</summary>
    public async Task EndAsync(Guid id, ScanState state, int pages, CancellationToken cancellationToken) =>
        await db.ScanUploads.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, state).SetProperty(s => s.Progress, 100).SetProperty(s => s.Pages, pages).SetProperty(s => s.Content, Array.Empty<byte>()), cancellationToken)
            .ConfigureAwait(false);

    private async Task<Guid?> ExistingAsync(Guid conferenceId, Guid userId, string hash, CancellationToken cancellationToken) =>
        await db.ScanUploads.Where(s => s.ConferenceId == conferenceId && s.UploadedByUserId == userId && s.FileHash == hash)
            .Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
}
