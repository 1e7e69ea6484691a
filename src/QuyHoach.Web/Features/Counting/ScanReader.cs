using QuyHoach.Data.Counting;
using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Counting;

/// <summary>
/// Đọc bản quét in the background, so the page shows progress (it refreshes itself, on any instance): decodes the file's
/// pages, reads them a few at a time (one per core) against the conference's layouts with a heartbeat between, then
/// stores every page image (PNG, SHA-256) and every sheet as the reader judged it — completing a part of a sheet the
/// member's earlier upload holds (ADR 0023) — and ends the upload, in one transaction: a failure or a restart leaves
/// the upload waiting, and the next view of it starts the reading again.
/// </summary>
public sealed class ScanReader(IServiceScopeFactory scopes, ILogger<ScanReader> logger)
{
    /// <summary>Starts reading <paramref name="uploadId"/> unless another reader has it; <paramref name="actor"/> is
    /// whoever caused it (the uploader or a later viewer), whose scope loads the conference.</summary>
    public void Start(Guid uploadId, PlanningActor actor)
    {
        // The request that caused it ends now: its execution context (and whatever it holds) does not follow the reading.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => ReadAsync(uploadId, actor));
        }
    }

    /// <summary>Reads the upload now (the background task's body).</summary>
    public async Task ReadAsync(Guid uploadId, PlanningActor actor)
    {
        await using var scope = scopes.CreateAsyncScope();
        var uploads = scope.ServiceProvider.GetRequiredService<ScanUploads>();
        try
        {
            if (!await uploads.TryClaimAsync(uploadId, CancellationToken.None).ConfigureAwait(false))
            {
                return;
            }

            await using var progressScope = scopes.CreateAsyncScope();
            var progress = progressScope.ServiceProvider.GetRequiredService<ScanUploads>();
            await ReadClaimedAsync(scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>(), uploads, progress, uploadId, actor).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The claim's heartbeat goes stale and the next view of the upload starts it again; nothing was stored.
            logger.LogError(ex, "Reading scan upload {Upload} failed; nothing was stored", uploadId);
        }
    }

    private static async Task ReadClaimedAsync(QuyHoachDbContext db, ScanUploads uploads, ScanUploads progress, Guid uploadId, PlanningActor actor)
    {
        var upload = await db.ScanUploads.AsNoTracking().Where(u => u.Id == uploadId)
            .Select(u => new { u.ConferenceId, u.Content, u.UploadedByUserId }).SingleAsync().ConfigureAwait(false);
        var at = (await ConferenceContext.LoadAsync(db, actor, upload.ConferenceId, CancellationToken.None).ConfigureAwait(false)).Value
            ?? throw new InvalidOperationException("The conference of an upload is in the scope of whoever reads it.");
        var ballots = await CountBallots.LoadAsync(db, at, CountBallots.ReadingHeading(at), CancellationToken.None).ConfigureAwait(false);
        var pages = ScanDecoder.Pages(upload.Content);
        await progress.ReportProgressAsync(uploadId, 10, pages.Count, CancellationToken.None).ConfigureAwait(false);
        if (pages.Count == 0)
        {
            await uploads.EndAsync(uploadId, ScanState.Failed, 0, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var layouts = ballots.ToDictionary(b => b.Paper.BallotKey, b => b.Layout, StringComparer.Ordinal);
        var readings = new PageReading[pages.Count];
        var images = new ScanPage[pages.Count];
        var step = Math.Max(1, Environment.ProcessorCount);
        for (var start = 0; start < pages.Count; start += step)
        {
            var end = Math.Min(pages.Count, start + step);
            Parallel.For(start, end, i =>
            {
                readings[i] = PageReader.Read(pages[i], i, layouts);
                images[i] = ScanImages.Page(uploadId, i, pages[i]);
            });
            await progress.ReportProgressAsync(uploadId, 10 + (80 * end / pages.Count), pages.Count, CancellationToken.None).ConfigureAwait(false);
        }

        // The member's sheets are assembled and stored one upload at a time (the lock), against the sheets the member's
        // other uploads hold; a committee decision taken meanwhile on a part this upload completes starts it again.
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
            await ScanSheets.LockMemberAsync(db, upload.ConferenceId, upload.UploadedByUserId).ConfigureAwait(false);
            var earlier = await ScanSheets.EarlierAsync(db, upload.ConferenceId, upload.UploadedByUserId, uploadId, ballots).ConfigureAwait(false);
            var results = SheetAssembler.Assemble(readings, layouts, at.RuleSet.Voting, [.. earlier.Keys]);
            var sheets = ScanSheets.Of(uploadId, results, readings, ballots);
            var parts = results.Count(r => r.Joined is not null);
            db.ScanPages.AddRange(images);
            db.ScanSheets.AddRange(sheets);
            PlanningAudit.Record(db, actor, AuditAction.ScanRead, PlanningAudit.Conference, upload.ConferenceId, at.Round.OrganisationId, null, new
            {
                Upload = uploadId,
                Pages = pages.Count,
                Valid = sheets.Count(s => s.ReadOutcome == nameof(SheetOutcome.Valid)),
                Invalid = sheets.Count(s => s.ReadOutcome == nameof(SheetOutcome.Invalid)),
                Review = sheets.Count(s => s.ReadOutcome == nameof(SheetOutcome.Review)),
                Joined = parts,
            });
            await db.SaveChangesAsync().ConfigureAwait(false);
            var joined = 0;
            foreach (var (result, sheet) in results.Zip(sheets).Where(p => p.First.Joined is not null))
            {
                var part = earlier[result.Joined!].Id;
                joined += await db.ScanSheets.Where(s => s.Id == part && s.JoinedInto == null && s.Decision == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.JoinedInto, sheet.Id)).ConfigureAwait(false);
            }

            if (joined < parts)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
                db.ChangeTracker.Clear();
                if (attempt == 3)
                {
                    throw new InvalidOperationException("A part of a sheet was decided while this upload was stored, three times over.");
                }

                continue;
            }

            await uploads.EndAsync(uploadId, ScanState.Read, pages.Count, CancellationToken.None).ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
            return;
        }
    }
}
