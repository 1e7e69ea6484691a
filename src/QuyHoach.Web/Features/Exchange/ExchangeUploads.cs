using System.Text.Json;
using QuyHoach.Data.Exchange;
using QuyHoach.Data.Uploads;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>An uploaded exchange file as its owner sees it.</summary>
public sealed record ExchangeUploadView(Guid Id, string FileName, IReadOnlyList<LinedRecord> Records, IReadOnlyList<string> Problems, ExchangeOutcome? Outcome);

/// <summary>What applying a confirmed file wrote.</summary>
public sealed record ExchangeOutcome(int Updated, int Unchanged, int Unmatched);

/// <summary>
/// Uploaded exchange files (<c>exchange_uploads</c>, an <see cref="UploadSession"/> like the registry import's), kept
/// for a day and visible only to the account that uploaded them, so the report of differences and the confirmation may
/// be served by any instance. A file is read and checked once, at upload, by the reader of its form (JSON or the
/// workbook); a refused file keeps only its problems.
/// </summary>
public sealed class ExchangeUploads(QuyHoachDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    /// <summary>Reads, checks and keeps a file; its id, and its problems (empty when it may be compared).</summary>
    public async Task<(Guid Id, IReadOnlyList<string> Problems)> AddAsync(Guid ownerId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        // One reader per form; both give the same records to the one check (and later the one comparison).
        var (read, places, refusal) = ExchangeXlsx.IsWorkbook(content) ? ExchangeXlsx.Read(content) : ReadJson(content);
        var (records, problems) = refusal is null ? ExchangeValidation.Check(read, VietnamTime.Today(clock), places) : ([], [refusal]);
        var now = clock.GetUtcNow();
        await db.ExchangeUploads.DeleteExpiredAsync(now, cancellationToken).ConfigureAwait(false);
        var upload = UploadSession.Start<ExchangeUpload>(ownerId, fileName, now, Lifetime);
        (upload.Records, upload.Problems) = (problems.Count == 0 ? JsonSerializer.Serialize(records) : "[]", JsonSerializer.Serialize(problems));
        db.ExchangeUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (upload.Id, problems);
    }

    private static (IReadOnlyList<LinedRecord> Records, ExchangePlaces Places, string? Problem) ReadJson(byte[] content)
    {
        var (records, problem) = ExchangeJson.Read(content);
        return (records, ExchangePlaces.Json, problem);
    }

    public async Task<ExchangeUploadView?> FindAsync(Guid id, Guid ownerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var upload = await db.ExchangeUploads.AsNoTracking().Owned(id, ownerId, now).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
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
        return await db.ExchangeUploads.Owned(id, ownerId, now).Where(u => u.AppliedAt == null && u.Problems == "[]")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.AppliedAt, now), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task FinishAsync(Guid id, ExchangeOutcome outcome, CancellationToken cancellationToken) =>
        await db.ExchangeUploads.Where(u => u.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Outcome, JsonSerializer.Serialize(outcome)), cancellationToken).ConfigureAwait(false);
}
