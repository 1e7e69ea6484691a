using QuyHoach.Documents.Minutes;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>A generated document: its bytes, the name the browser saves it under and its media type.</summary>
public sealed record DocumentFile(byte[] Content, string FileName, string ContentType)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Writes the document and records its <c>document.generated</c> event in the same save.</summary>
    internal static async Task<DocumentFile> SaveAsync(
        QuyHoachDbContext db, PlanningActor actor, string entityType, Guid entityId, Guid organisationId, string fileName, string contentType, Action<Stream> write, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        write(stream);
        var file = new DocumentFile(stream.ToArray(), fileName, contentType);
        PlanningAudit.Record(db, actor, AuditAction.DocumentGenerated, entityType, entityId, organisationId, after: new { Document = fileName, Bytes = file.Content.Length });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return file;
    }

    /// <summary>Whether <paramref name="actor"/> may see the counts of <paramref name="b"/> (R-DISC-1).</summary>
    internal static bool MaySee(PlanningActor actor, BallotContext b) =>
        b.At.VisibilityFor(actor) == ResultVisibility.Full;

    internal static Refusal Sealed(int stepNumber) => Refusal.Forbidden(
        $"Kết quả kiểm phiếu của bước {stepNumber} không công bố (R-DISC-1): chỉ tổ kiểm phiếu của hội nghị, chuyên viên tổ chức và lãnh đạo được tải văn bản có số phiếu của bước này.");
}
