using QuyHoach.Domain.Dossiers;

namespace QuyHoach.Web.Features.Plans;

/// <summary>Ngày xem xét (the approving body's meeting) and the day the complete dossier was received (R-DOS-2, R-AUTH-2).</summary>
/// <param name="Version">The dossier's version as read (optional): a stale one is refused with 409 (RowVersion).</param>
public sealed record DossierDatesRequest(DateOnly? ConsideredOn, DateOnly? CompletedOn, string? Version = null);

/// <summary>Kết luận thẩm định tiêu chuẩn chính trị: <c>met</c> or <c>not-met</c> (R-DOS-3).</summary>
/// <param name="Version">The dossier's version as read (optional): a stale one is refused with 409 (RowVersion).</param>
public sealed record AppraisalRequest(string? Outcome, DateOnly? AppraisedOn, string? Note, string? Version = null);

/// <summary>A file for one dossier item with the document's own date.</summary>
public sealed record DossierUpload(int Item, DateOnly? DocumentDate, string FileName, byte[] Content);

/// <summary>
/// Cập nhật hồ sơ: files per item (type, size and content checked, content hashed), the two dates, and the appraisal.
/// Every change is audited; bad input changes nothing; a dossier whose cadre is already approved is closed.
/// </summary>
public sealed class DossierCommands(QuyHoachDbContext db, TimeProvider clock, DossierQuery view)
{
    public async Task<Outcome<DossierView>> UploadAsync(PlanningActor actor, Guid dossierId, DossierUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var loaded = await LoadForChangeAsync(actor, dossierId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        var (dossier, round) = loaded.Value;
        var today = Shell.VietnamTime.Today(clock);
        if (DossierChecklist.Find(upload.Item) is not { } item)
        {
            return Refusal.BadInput("Thành phần hồ sơ phải là một số từ 1 đến 6.");
        }

        if (upload.DocumentDate is not { } date)
        {
            return Refusal.BadInput($"Hãy nhập ngày của văn bản (dd/MM/yyyy) cho thành phần {item.Number}.");
        }

        if (date > today)
        {
            return Refusal.BadInput($"Ngày của văn bản ({date:dd/MM/yyyy}) không được sau ngày hôm nay.");
        }

        var file = DossierFiles.Check(upload.FileName, upload.Content);
        if (file.Refused)
        {
            return file.Refusal!;
        }

        var (name, contentType) = file.Value;
        var document = DossierDocument.Kept(dossier.Id, item.Number, date, name, contentType, upload.Content, actor.UserId, clock.GetUtcNow());
        db.Add(document);
        PlanningAudit.Record(db, actor, AuditAction.DossierDocumentUploaded, PlanningAudit.Dossier, dossier.Id, round.OrganisationId, after: new
        {
            document.Id,
            document.Item,
            document.DocumentDate,
            document.FileName,
            document.ContentType,
            document.SizeBytes,
            document.Sha256,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await view.HandleAsync(actor, dossierId, cancellationToken).ConfigureAwait(false);
    }

    public Task<Outcome<DossierView>> SetDatesAsync(PlanningActor actor, Guid dossierId, DossierDatesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(actor, dossierId, request.Version, (dossier, round) =>
        {
            if (request.CompletedOn is { } completed)
            {
                if (!DossierQuery.Complete(dossier))
                {
                    return Refusal.Conflict("Hồ sơ chưa đủ 6 thành phần: chưa ghi nhận được ngày nhận đủ hồ sơ (R-DOS-1).");
                }

                if (completed > Shell.VietnamTime.Today(clock))
                {
                    return Refusal.BadInput("Ngày nhận đủ hồ sơ không được sau ngày hôm nay.");
                }
            }

            if (request.ConsideredOn is { } considered && request.CompletedOn is { } received && considered < received)
            {
                return Refusal.BadInput("Ngày xem xét không được trước ngày nhận đủ hồ sơ.");
            }

            var before = new { dossier.ConsideredOn, dossier.CompletedOn };
            (dossier.ConsideredOn, dossier.CompletedOn) = (request.ConsideredOn, request.CompletedOn);
            PlanningAudit.Record(db, actor, AuditAction.DossierDatesChanged, PlanningAudit.Dossier, dossier.Id, round.OrganisationId, before, new { dossier.ConsideredOn, dossier.CompletedOn });
            return null;
        }, cancellationToken);
    }

    public Task<Outcome<DossierView>> AppraiseAsync(PlanningActor actor, Guid dossierId, AppraisalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(actor, dossierId, request.Version, (dossier, round) =>
        {
            AppraisalOutcome? outcome = request.Outcome switch { "met" => AppraisalOutcome.Met, "not-met" => AppraisalOutcome.NotMet, _ => null };
            if (outcome is null || request.AppraisedOn is not { } on)
            {
                return Refusal.BadInput("Hãy chọn kết luận thẩm định (đạt hoặc không đạt tiêu chuẩn chính trị) và nhập ngày thẩm định (dd/MM/yyyy).");
            }

            var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
            if (outcome == AppraisalOutcome.NotMet && note is null)
            {
                return Refusal.BadInput("Kết luận không đạt tiêu chuẩn chính trị phải ghi rõ căn cứ.");
            }

            var before = new { Appraisal = dossier.Appraisal?.ToString(), dossier.AppraisedOn, dossier.AppraisalNote };
            (dossier.Appraisal, dossier.AppraisedOn, dossier.AppraisalNote) = (outcome, on, note);
            PlanningAudit.Record(db, actor, AuditAction.DossierAppraised, PlanningAudit.Dossier, dossier.Id, round.OrganisationId, before, new { Appraisal = outcome.ToString(), dossier.AppraisedOn, dossier.AppraisalNote });
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// One versioned change of a dossier: loaded for change, refused with 409 when <paramref name="version"/> is stale
    /// (RowVersion), changed and audited by <paramref name="change"/> (or refused by it, nothing saved), saved once.
    /// </summary>
    private async Task<Outcome<DossierView>> ChangeAsync(
        PlanningActor actor, Guid dossierId, string? version, Func<Dossier, Data.Planning.PlanningRound, Refusal?> change, CancellationToken cancellationToken)
    {
        var loaded = await LoadForChangeAsync(actor, dossierId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        var (dossier, round) = loaded.Value;
        if ((RowVersion.Check(db, dossier, d => d.Version, version) ?? change(dossier, round)) is { } refused)
        {
            return refused;
        }

        if (await RowVersion.SaveAsync(db, cancellationToken).ConfigureAwait(false) is { } raced)
        {
            return raced;
        }

        return await view.HandleAsync(actor, dossierId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Outcome<(Dossier Dossier, Data.Planning.PlanningRound Round)>> LoadForChangeAsync(PlanningActor actor, Guid dossierId, CancellationToken cancellationToken)
    {
        var loaded = await PlanAccess.LoadDossierAsync(db, actor, dossierId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        if (!PlanAccess.MayPrepare(actor))
        {
            return PlanAccess.PrepareOnly;
        }

        var (dossier, _) = loaded.Value;
        if (await PlanQueries.IsApprovedAsync(db, dossier, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Cán bộ đã được phê duyệt quy hoạch: hồ sơ đã khép lại, không sửa được nữa.");
        }

        return loaded;
    }
}
