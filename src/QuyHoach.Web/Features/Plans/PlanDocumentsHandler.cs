using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Pdf;
using QuyHoach.Documents.Word;
using QuyHoach.Web.Features.Outputs;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// Văn bản của quy hoạch (C6), generated from the recorded decision and the registry: the decision itself (approval
/// with its annex, or removal), the summary list (DOCX and PDF), the disclosure notice. Each generation is audited
/// (<c>document.generated</c>); readers are those who may read the plan, in scope.
/// </summary>
public sealed class PlanDocumentsHandler(QuyHoachDbContext db, TimeProvider clock)
{
    public const string NotAnApproval = "Báo cáo cấp trên chỉ lập cho quyết định phê duyệt quy hoạch (R-TIME-2); quyết định này không phải quyết định phê duyệt.";

    /// <summary>
    /// A decision brought in from before the system (no round): the report states a round's result, and that round was
    /// run and reported outside the system, so there is nothing the system could state truthfully.
    /// </summary>
    public const string NoRound = "Báo cáo cấp trên chỉ lập cho quyết định phê duyệt kết quả một đợt quy hoạch trong hệ thống (R-TIME-2); quyết định này được nhập từ trước, không gắn với đợt quy hoạch nào.";

    public async Task<Outcome<DocumentFile>> DecisionAsync(PlanningActor actor, Guid decisionId, string document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var decision = await db.PlanDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decisionId, cancellationToken).ConfigureAwait(false);
        if (decision is null || !await RoundScope.CoversAsync(db, actor, decision.OrganisationId, cancellationToken).ConfigureAwait(false))
        {
            return Refusal.NotFound(DecisionQuery.NotFound);
        }

        if (!PlanAccess.MayRead(actor))
        {
            return PlanAccess.ReadOnly;
        }

        if (document == "report" && decision.Kind != DecisionKind.Approval)
        {
            return Refusal.NotFound(NotAnApproval);
        }

        if (document == "report" && decision.RoundId is null)
        {
            return Refusal.NotFound(NoRound);
        }

        var context = await DecisionContext.LoadAsync(db, decision, cancellationToken).ConfigureAwait(false);
        var slug = FileNames.Slug(decision.Number);
        return document switch
        {
            "decision" when decision.Kind == DecisionKind.Approval =>
                await SaveAsync(actor, decision, $"quyet-dinh-phe-duyet-{slug}.docx", DocumentFile.Docx, s => ApprovalDecisionDocument.Write(s, context.Approval()), cancellationToken).ConfigureAwait(false),
            "decision" =>
                await SaveAsync(actor, decision, $"quyet-dinh-dua-ra-{slug}.docx", DocumentFile.Docx, s => RemovalDecisionDocument.Write(s, context.Removal()), cancellationToken).ConfigureAwait(false),
            "summary-docx" =>
                await SaveAsync(actor, decision, $"danh-sach-trich-ngang-{slug}.docx", DocumentFile.Docx, s => SummaryListDocument.Write(s, context.Summary()), cancellationToken).ConfigureAwait(false),
            "summary-pdf" =>
                await SaveAsync(actor, decision, $"danh-sach-trich-ngang-{slug}.pdf", "application/pdf", s => SummaryListPdf.Write(s, context.Summary()), cancellationToken).ConfigureAwait(false),
            "report" =>
                await ReportAsync(actor, context, $"bao-cao-cap-tren-{slug}.docx", cancellationToken).ConfigureAwait(false),
            _ =>
                await SaveAsync(actor, decision, $"thong-bao-{slug}.docx", DocumentFile.Docx, s => DisclosureNoticeDocument.Write(s, context.Notice()), cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<DocumentFile> ReportAsync(PlanningActor actor, DecisionContext context, string fileName, CancellationToken cancellationToken)
    {
        var report = await HigherLevelReportData.LoadAsync(db, context, Shell.VietnamTime.Today(clock), cancellationToken).ConfigureAwait(false);
        return await SaveAsync(actor, context.Decision, fileName, DocumentFile.Docx, s => HigherLevelReportDocument.Write(s, report), cancellationToken).ConfigureAwait(false);
    }

    private Task<DocumentFile> SaveAsync(PlanningActor actor, PlanDecision decision, string fileName, string contentType, Action<Stream> write, CancellationToken cancellationToken) =>
        DocumentFile.SaveAsync(db, actor, PlanningAudit.PlanDecision, decision.Id, decision.OrganisationId, fileName, contentType, write, cancellationToken);
}
