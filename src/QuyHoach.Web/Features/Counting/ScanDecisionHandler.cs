using QuyHoach.Data.Counting;
using QuyHoach.Domain.Voting;
using QuyHoach.Scanning;

namespace QuyHoach.Web.Features.Counting;

/// <summary>Quyết định của tổ kiểm phiếu on a sheet sent to review: valid (with the lines it counts as marked and the
/// names written in, typed from the cropped image), invalid, or not counted (a page seen twice, another count's sheet).</summary>
public sealed record ScanDecisionRequest(string? Decision, IReadOnlyList<Guid>? Marked, string? WriteIn, string? Reason);

/// <summary>
/// Quyết định phiếu quét: a member of the counting committee decides a sheet the reader sent to review, with a reason
/// (recorded, audited, printed in the counting log). Once decided a sheet stays decided: the same decision submitted
/// again (a double-click, a retried request) answers as the first and writes nothing; a different one is refused. The
/// decision is written by one conditional UPDATE, so of two members deciding at once one wins. A "valid" ruling is
/// judged as the reader judges a sheet (<see cref="ScanRuling"/>: R-BAL-1, names written in); one that breaks the rule
/// is refused and changes nothing.
/// </summary>
public sealed class ScanDecisionHandler(QuyHoachDbContext db, TimeProvider clock)
{
    private static readonly string[] Decisions = [nameof(SheetOutcome.Valid), nameof(SheetOutcome.Invalid), ScanSheets.Excluded];

    public async Task<Outcome<Guid>> HandleAsync(PlanningActor actor, Guid sheetId, ScanDecisionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var sheet = await db.ScanSheets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sheetId, cancellationToken).ConfigureAwait(false);
        var conferenceId = sheet is null ? Guid.Empty : await ScanContext.ConferenceOfUploadAsync(db, sheet.UploadId, cancellationToken).ConfigureAwait(false);
        if (sheet is null || ScanContext.Unknown(conferenceId))
        {
            return Refusal.NotFound(ScanContext.NotFoundMessage);
        }

        var loaded = await ScanContext.LoadForCommitteeAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        var marked = (request.Marked ?? []).Distinct().Select(CountBallots.LineId).Order(StringComparer.Ordinal).ToList();
        var writeIn = Clean(request.WriteIn);
        var reason = Clean(request.Reason);
        if ((TextLimits.Problem(reason, 2000, "Lý do") ?? TextLimits.Problem(writeIn, 500, "Tên ghi thêm")) is { } tooLong)
        {
            return Refusal.BadInput(tooLong);
        }

        if (sheet.Decision is not null)
        {
            return sheet.Decision == request.Decision && sheet.DecisionReason == reason && (sheet.Decision != nameof(SheetOutcome.Valid) || ScanSheets.MarkedLines(sheet).Order(StringComparer.Ordinal).SequenceEqual(marked))
                ? sheet.Id
                : Refusal.Conflict("Phiếu này đã được tổ kiểm phiếu quyết định; quyết định đã ghi không thay đổi được.");
        }

        if (sheet.JoinedInto is not null)
        {
            return Refusal.Conflict("Phần tờ phiếu này đã được ghép với phần còn lại quét ở lần tải sau: tờ phiếu được tính một lần ở đó.");
        }

        if (sheet.ReadOutcome != nameof(SheetOutcome.Review))
        {
            return Refusal.Conflict("Phiếu này đã được máy đọc chắc chắn, không cần tổ kiểm phiếu quyết định.");
        }

        if (Validate(at, sheet, request.Decision, marked, reason) is { } invalid)
        {
            return invalid;
        }

        var ballot = sheet.BallotId is { } id ? await db.Ballots.AsNoTracking().Include(b => b.Candidates).SingleAsync(b => b.Id == id, cancellationToken).ConfigureAwait(false) : null;
        if (ballot?.Status is BallotStatus.Reconciled or BallotStatus.ResultsComputed)
        {
            return Refusal.Conflict("Biên bản của phiếu này đã đối chiếu khớp: không quyết định thêm phiếu quét.");
        }

        if (request.Decision == nameof(SheetOutcome.Valid) && ScanRuling.Valid(at, ballot!, marked, ScanSheets.WrittenNames(writeIn)) is { } broken)
        {
            return broken;
        }

        var lines = request.Decision == nameof(SheetOutcome.Valid) ? ScanSheets.Lines(marked) : null;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var written = await db.ScanSheets.Where(s => s.Id == sheetId && s.Decision == null && s.JoinedInto == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Decision, request.Decision).SetProperty(s => s.DecidedLines, lines).SetProperty(s => s.WriteIn, writeIn)
                .SetProperty(s => s.DecisionReason, reason).SetProperty(s => s.DecidedByUserId, actor.UserId).SetProperty(s => s.DecidedAt, now), cancellationToken)
            .ConfigureAwait(false);
        if (written == 0)
        {
            // Another submit decided it first (or a later upload completed it): answer as a repeat of that decision would.
            return await HandleAsync(actor, sheetId, request, cancellationToken).ConfigureAwait(false);
        }

        PlanningAudit.Record(db, actor, AuditAction.ScanSheetDecided, PlanningAudit.Conference, conferenceId, at.Round.OrganisationId,
            new { Sheet = sheetId, Read = sheet.ReadOutcome, sheet.ReadReason },
            new { Sheet = sheetId, request.Decision, Marked = marked.Count, WriteIn = writeIn, Reason = reason });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return sheet.Id;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Refusal? Validate(Conferences.ConferenceContext at, ScanSheet sheet, string? decision, List<string> marked, string? reason)
    {
        if (decision is null || !Decisions.Contains(decision))
        {
            return Refusal.BadInput("Hãy chọn một quyết định: phiếu hợp lệ, phiếu không hợp lệ, hoặc không tính tờ này.");
        }

        if (reason is null)
        {
            return Refusal.BadInput("Hãy ghi lý do quyết định của tổ kiểm phiếu.");
        }

        if (decision != ScanSheets.Excluded && sheet.BallotId is null)
        {
            return Refusal.BadInput("Không xác định được tờ này thuộc phiếu nào: chỉ có thể không tính tờ này (quét lại nếu cần).");
        }

        var printed = ScanSheets.Boxes(sheet).Select(b => b.Line).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (decision == nameof(SheetOutcome.Valid) && marked.Any(m => !printed.Contains(m)))
        {
            return Refusal.BadInput("Chỉ chọn được các dòng in trên tờ phiếu này.");
        }

        return decision == nameof(SheetOutcome.Valid) && printed.Count == 0
            ? Refusal.BadInput("Tờ này không đọc được các ô đánh dấu: chỉ có thể ghi là phiếu không hợp lệ hoặc không tính.")
            : null;
    }
}
