using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// Writes a validated registry workbook, all or nothing: checks every code against the database and the user's
/// scope first (nothing is written when one fails), then upserts in one transaction by the file's keys (Mã cán bộ;
/// evaluations by year; disciplines by decision number, else date and form; conclusions by date), so importing the
/// same file again changes nothing. Each batch's created or changed cadres are one audit event, the import one more.
/// New cadres are written by COPY (<see cref="NewRowsCopy"/>), the rest by EF, in the same transaction.
/// An upload applied from the import screen (<paramref name="session"/> given) records its outcome in the same
/// transaction, so the rows and "done" commit together or not at all.
/// </summary>
public sealed class RegistryImportApplier(QuyHoachDbContext db, ImportSessions sessions, TimeProvider clock)
{
    private const int BatchSize = 500;

    /// <param name="checkedCodes">The codes the validator resolved for this file and <paramref name="access"/> in the
    /// same request (the API's check-and-apply), used as they are; otherwise (an upload applied later from the import
    /// screen) they are resolved again here. Either way they are read before the transaction, as before: against a
    /// concurrent import the unique index on the code is what holds. At 20,000 rows the resolution is 246 ms at national
    /// scope (bench/README.md, 4 December).</param>
    public async Task<ImportOutcome> ApplyAsync(
        RegistryImportResult file, UserAccess access, AuditActor actor, ImportTracking? session, CancellationToken cancellationToken, ImportCodes? checkedCodes = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(access);
        if (!file.CanApply)
        {
            throw new ArgumentException("Only a file without issues can be applied.", nameof(file));
        }

        var codes = checkedCodes ?? await ImportCodes.LoadAsync(db, file, access, cancellationToken).ConfigureAwait(false);
        if (codes.Problems.Count > 0)
        {
            var refused = new ImportOutcome(null, codes.Problems);
            if (session is not null)
            {
                await sessions.FinishAsync(session.Id, refused, cancellationToken).ConfigureAwait(false);
            }

            return refused;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var writer = new CadreRowWriter(db, codes, now);
        var rowsByCadre = ImportRowsByCadre.From(file);
        var done = 0;
        foreach (var batch in rowsByCadre.Chunk(BatchSize))
        {
            var existing = await LoadCadresAsync(batch.Select(b => b.Code), cancellationToken).ConfigureAwait(false);
            foreach (var rows in batch)
            {
                writer.Write(rows, existing.GetValueOrDefault(rows.Code.ToUpperInvariant()));
            }

            // One audit event per batch, listing each created or changed cadre with its before and after: the
            // trace is complete, and a 20,000-row import does not pay for 20,000 chained inserts.
            if (writer.TakeChanges() is { Count: > 0 } changes)
            {
                AuditTrail.Record(db, AuditEvent.Create(actor, AuditAction.CadresImported, "cadre", null, access.RootId, after: changes));
            }

            // New cadres and their histories by COPY, the changes of existing ones and the audit event by EF: one
            // statement a table for the batch's new rows, not one a row (bench/national.sh, import phase).
            await NewRowsCopy.WriteAsync(db, writer.TakeNewCadres(), cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            done += batch.Length;
            if (session is not null)
            {
                await session.Progress(done * 100 / Math.Max(1, rowsByCadre.Count), cancellationToken).ConfigureAwait(false);
            }
        }

        var summary = writer.Summary();
        AuditTrail.Record(db, AuditEvent.Create(actor, AuditAction.RegistryImported, "registry", null, access.RootId, after: summary));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var outcome = new ImportOutcome(summary, []);
        if (session is not null)
        {
            await sessions.FinishAsync(session.Id, outcome, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private async Task<Dictionary<string, Cadre>> LoadCadresAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var keys = codes.Select(c => c.ToUpperInvariant()).ToList();
        var cadres = await db.Cadres
            .Where(c => keys.Contains(c.Code.ToUpper())) // ix_cadres_code_upper
            .Include(c => c.Assignments).Include(c => c.Education).Include(c => c.PoliticalTheory)
            .Include(c => c.StateManagement).Include(c => c.Evaluations).Include(c => c.Disciplines)
            .Include(c => c.PoliticalStandardConclusions)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return cadres.ToDictionary(c => c.Code.ToUpperInvariant());
    }
}
