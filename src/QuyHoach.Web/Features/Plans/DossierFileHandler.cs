namespace QuyHoach.Web.Features.Plans;

/// <summary>A stored dossier file, to send back as it was uploaded.</summary>
public sealed record StoredFile(string FileName, string ContentType, byte[] Content);

/// <summary>Tải tệp hồ sơ: a view of sensitive personnel data, in scope only, and written to the audit log (C10). A file
/// of item 1 carries the steps' sealed counts and is refused to readers of the dossier who may not see them
/// (PlanAccess.MayReadFile, R-DISC-1).</summary>
public sealed class DossierFileHandler(QuyHoachDbContext db)
{
    public async Task<Outcome<StoredFile>> HandleAsync(PlanningActor actor, Guid dossierId, Guid fileId, CancellationToken cancellationToken)
    {
        var loaded = await PlanAccess.LoadDossierAsync(db, actor, dossierId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        var (dossier, round) = loaded.Value;
        var file = await db.DossierDocuments.SingleOrDefaultAsync(d => d.Id == fileId && d.DossierId == dossier.Id, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return Refusal.NotFound(PlanAccess.NotFound);
        }

        if (!PlanAccess.MayReadFile(actor, round, file.Item))
        {
            return PlanAccess.SealedFile;
        }

        PlanningAudit.Record(db, actor, AuditAction.DossierFileViewed, PlanningAudit.Dossier, dossier.Id, round.OrganisationId, after: new { FileId = file.Id, file.Item, file.FileName, file.Sha256 });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new StoredFile(file.FileName, file.ContentType, file.Content);
    }
}
