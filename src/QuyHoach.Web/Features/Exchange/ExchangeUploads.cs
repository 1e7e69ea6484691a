using System.Text.Json;
using QuyHoach.Data.Exchange;
using QuyHoach.Web.Features.Shell;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>An uploaded exchange file as its owner sees it.</summary>
public sealed record ExchangeUploadView(Guid Id, string FileName, IReadOnlyList<LinedRecord> Records, IReadOnlyList<string> Problems, ExchangeOutcome? Outcome);

/// <summary>What applying a confirmed file wrote.</summary>
public sealed record ExchangeOutcome(int Updated, int Unchanged, int Unmatched);

/// <summary>
/// Uploaded exchange files (<c>exchange_uploads</c>), kept for a day and visible only to the account that uploaded
/// them, so the report of differences and the confirmation may be served by any instance. A file is read and checked
/// once, at upload; a refused file keeps only its problems.
/// </summary>
public sealed class ExchangeUploads(QuyHoachDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>Reads, checks and keeps a file; its id, and its problems (empty when it may be compared).</summary>
    public async Task<(Guid Id, IReadOnlyList<string> Problems)> AddAsync(Guid ownerId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (read, refusal) = ExchangeJson.Read(content);
        var (records, problems) = refusal is null ? ExchangeValidation.Check(read, VietnamTime.Today(clock)) : ([], [refusal]);
        var now = clock.GetUtcNow();
        await db.ExchangeUploads.Where(u => u.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        var upload = new ExchangeUpload
        {
            Id = Guid.CreateVersion7(),
            OwnerId = ownerId,
            FileName = fileName.Length > ExchangeUpload.FileNameMaxLength ? fileName[..ExchangeUpload.FileNameMaxLength] : fileName,
            Records = problems.Count == 0 ? JsonSerializer.Serialize(records) : "[]",
            Problems = JsonSerializer.Serialize(problems),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.ExchangeUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (upload.Id, problems);
    }

    public async Task<ExchangeUploadView?> FindAsync(Guid id, Guid ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var upload = await db.ExchangeUploads.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Id == id && u.OwnerId == ownerId && u.ExpiresAt > now, cancellationToken).ConfigureAwait(false);
        return upload is null
            ? null
            : new ExchangeUploadView(upload.Id, upload.FileName, JsonSerializer.Deserialize<List<LinedRecord>>(upload.Records) ?? [],
                JsonSerializer.Deserialize<List<string>>(upload.Problems) ?? [],
                upload.Outcome is null ? null : JsonSerializer.Deserialize<ExchangeOutcome>(upload.Outcome));
    }

    /// <summary>Claims a readable upload for applying (call inside the applying transaction); false when another submit did.</summary>
    public async Task<bool> TryClaimAsync(Guid id, Guid ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.ExchangeUploads
            .Where(u => u.Id == id && u.OwnerId == ownerId && u.ExpiresAt > now && u.AppliedAt == null && u.Problems == "[]")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.AppliedAt, now), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task FinishAsync(Guid id, ExchangeOutcome outcome, CancellationToken cancellationToken) =>
        await db.ExchangeUploads.Where(u => u.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Outcome, JsonSerializer.Serialize(outcome)), cancellationToken).ConfigureAwait(false);
}
