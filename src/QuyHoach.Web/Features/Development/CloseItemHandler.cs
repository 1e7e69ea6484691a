using System.Security.Cryptography;
using QuyHoach.Data.Development;

namespace QuyHoach.Web.Features.Development;

/// <summary>The evidence that closes an item: the document's date and number and its file.</summary>
public sealed record CloseItemRequest(DateOnly? EvidenceDate, string? EvidenceNumber, string FileName, byte[] Content);

/// <summary>
/// Hoàn thành một việc của kế hoạch phát triển (R-USE-2): the certificate or decision is kept (the dossier's file
/// rules, DossierFiles; its SHA-256), the qualification or assignment is written to the cadre's registry record with
/// the document's date (RegistryUpdate), and the change is audited, in one transaction. Closing twice closes once: the
/// item is switched from open to done by one conditional update, and a second submit finds it done.
/// </summary>
public sealed class CloseItemHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<Outcome<Guid>> HandleAsync(PlanningActor actor, Guid itemId, CloseItemRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var item = await db.DevelopmentItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken).ConfigureAwait(false);
        var loaded = item is null ? Refusal.NotFound(DevelopmentEntry.NotFound) : await DevelopmentEntry.LoadAsync(db, actor, item.PlanEntryId, cancellationToken).ConfigureAwait(false);
        if (loaded.Refused)
        {
            return loaded.Refusal!;
        }

        if (!actor.IsStaff)
        {
            return DevelopmentEntry.StaffOnly;
        }

        if (item!.Status == DevelopmentItemStatus.Done)
        {
            return item.Id;
        }

        var today = VietnamTime.Today(clock);
        if (request.EvidenceDate is not { } date || date > today)
        {
            return Refusal.BadInput("Hãy nhập ngày của chứng chỉ, quyết định (dd/MM/yyyy), không sau ngày hôm nay.");
        }

        var number = request.EvidenceNumber?.Trim();
        if (string.IsNullOrEmpty(number) || number.Length > 100)
        {
            return Refusal.BadInput("Hãy nhập số hiệu của chứng chỉ, văn bằng hoặc quyết định (tối đa 100 ký tự).");
        }

        var file = DossierFiles.Check(request.FileName, request.Content);
        if (file.Refused)
        {
            return file.Refusal!;
        }

        var plan = loaded.Value!;
        var (name, contentType) = file.Value;
        var sha = Convert.ToHexStringLower(SHA256.HashData(request.Content));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var closed = await db.DevelopmentItems.Where(i => i.Id == item.Id && i.Status == DevelopmentItemStatus.Open).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Status, DevelopmentItemStatus.Done)
            .SetProperty(i => i.EvidenceDate, date)
            .SetProperty(i => i.EvidenceNumber, number)
            .SetProperty(i => i.EvidenceFileName, name)
            .SetProperty(i => i.EvidenceContentType, contentType)
            .SetProperty(i => i.EvidenceSha256, sha)
            .SetProperty(i => i.EvidenceContent, request.Content)
            .SetProperty(i => i.ClosedByUserId, actor.UserId)
            .SetProperty(i => i.ClosedAt, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (closed == 0)
        {
            return item.Id;
        }

        var written = RegistryUpdate.Write(db, item, plan.Title, date, number);
        PlanningAudit.Record(db, actor, AuditAction.DevelopmentItemClosed, "development_item", item.Id, item.OrganisationId, new { Status = "Open" }, new
        {
            Status = "Done",
            plan.Cadre.Code,
            item.Content,
            EvidenceDate = date,
            EvidenceNumber = number,
            FileName = name,
            Sha256 = sha,
            Registry = written,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return item.Id;
    }
}

/// <summary>
/// What closing an item writes to the registry, dated by its document: the title's required level for a level
/// obligation (from the certificate's day, R-STD-2, R-PRO-1), a political-standard conclusion (R-DOS-3), the post for a
/// rotation or secondment for its period. A training course of the staff's own writes nothing.
/// </summary>
internal static class RegistryUpdate
{
    public static string? Write(QuyHoachDbContext db, DevelopmentItem item, Title title, DateOnly date, string number)
    {
        var id = Guid.CreateVersion7();
        switch (item.Kind, item.ObligationCode)
        {
            case (DevelopmentItemKind.Obligation, "LLCT_STUDYING" or "LLCT_TRAINING_REQUIRED") when title.RequiredPoliticalTheory is { } llct:
                db.Add(new PoliticalTheoryRecord { Id = id, CadreId = item.CadreId, Level = llct, Year = date.Year, CompletedOn = date });
                return $"political_theory:{llct}";
            case (DevelopmentItemKind.Obligation, "PROFESSIONAL_LEVEL") when title.RequiredProfessional is { } pro:
                db.Add(new EducationRecord { Id = id, CadreId = item.CadreId, Level = pro, Year = date.Year, CompletedOn = date });
                return $"education:{pro}";
            case (DevelopmentItemKind.Obligation, "STATE_MANAGEMENT_LEVEL") when title.RequiredStateManagement is { } qlnn:
                db.Add(new StateManagementRecord { Id = id, CadreId = item.CadreId, Level = qlnn, Year = date.Year, CompletedOn = date });
                return $"state_management:{qlnn}";
            case (DevelopmentItemKind.Obligation, "POLITICAL_STANDARD_PENDING"):
                db.Add(new PoliticalStandardConclusion { Id = id, CadreId = item.CadreId, ConcludedOn = date, Met = true, Note = $"Theo văn bản số {number}" });
                return "political_standard:met";
            case (DevelopmentItemKind.Rotation or DevelopmentItemKind.Secondment, _) when item.TitleId is { } post && item.StartsOn is { } from:
                db.Add(new Assignment { Id = id, CadreId = item.CadreId, TitleId = post, From = from, To = item.EndsOn, DecisionNumber = number });
                return "assignment";
            default:
                return null;
        }
    }
}
