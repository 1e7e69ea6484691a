using System.Globalization;
using QuyHoach.Documents.Minutes;
using QuyHoach.Scanning;

namespace QuyHoach.Web.Features.Counting;

/// <summary>
/// Nhật ký kiểm phiếu of one ballot, printed with its minutes: every upload of its conference (who, when, which file,
/// how many pages, the file's SHA-256), what the reader decided of this ballot's sheets, and each decision of the
/// counting committee with its reason (or, for a part of a sheet completed by a later upload, where the whole sheet was
/// read); then the annex of the page images' SHA-256. Null when the ballot was not
/// counted from scans. Names a member by full name; names no voter (nothing links a sheet to one, ADR 0013).
/// </summary>
public static class CountingLog
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static async Task<TallyScans?> ForBallotAsync(QuyHoachDbContext db, Guid ballotId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var conferenceId = await db.Ballots.Where(b => b.Id == ballotId).Select(b => b.ConferenceId).SingleAsync(cancellationToken).ConfigureAwait(false);
        var uploads = await db.ScanUploads.AsNoTracking().Where(u => u.ConferenceId == conferenceId).OrderBy(u => u.UploadedAt)
            .Select(u => new { u.Id, u.FileName, u.FileHash, u.Pages, u.UploadedAt, u.UploadedByUserId }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = uploads.Select(u => u.Id).ToList();
        var sheets = await db.ScanSheets.AsNoTracking().Where(s => ids.Contains(s.UploadId) && (s.BallotId == ballotId || s.BallotId == null))
            .OrderBy(s => s.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (!sheets.Any(s => s.BallotId == ballotId))
        {
            return null;
        }

        var names = await ScanContext.NamesAsync(db, uploads.Select(u => u.UploadedByUserId).Concat(sheets.Select(s => s.DecidedByUserId).OfType<Guid>()), cancellationToken).ConfigureAwait(false);
        var log = new List<string>();
        foreach (var upload in uploads)
        {
            var mine = sheets.Where(s => s.UploadId == upload.Id).ToList();
            log.Add($"{Time(upload.UploadedAt)}: đồng chí {names.GetValueOrDefault(upload.UploadedByUserId)} tải lên tệp {upload.FileName} ({upload.Pages} trang; SHA-256 của tệp: {upload.FileHash}).");
            log.Add($"Máy đọc tệp {upload.FileName}: {Count(mine, SheetOutcome.Valid)} phiếu hợp lệ, {Count(mine, SheetOutcome.Invalid)} phiếu không hợp lệ, {Count(mine, SheetOutcome.Review)} tờ chuyển Tổ kiểm phiếu xem xét.");
            foreach (var sheet in mine.Where(s => s.ReadOutcome == nameof(SheetOutcome.Review)))
            {
                var whole = sheets.FirstOrDefault(s => s.Id == sheet.JoinedInto);
                var decided = whole is not null
                    ? $"ghép với phần còn lại của tờ phiếu ở trang {whole.Position + 1} tệp {uploads.Single(u => u.Id == whole.UploadId).FileName}, tờ phiếu được đọc và tính một lần ở đó."
                    : sheet.Decision is null
                    ? "chưa quyết định."
                    : $"đồng chí {names.GetValueOrDefault(sheet.DecidedByUserId!.Value)} ghi nhận {Decision(sheet.Decision)} lúc {Time(sheet.DecidedAt!.Value)}; lý do: {sheet.DecisionReason}" +
                      (sheet.WriteIn is { } written ? $"; tên ghi thêm: {written}." : ".");
                log.Add($"Tờ ở trang {sheet.Position + 1} tệp {upload.FileName} ({ScanBoardQuery.ReasonText(sheet.ReadReason)}): {decided}");
            }
        }

        var pageIndexes = sheets.Where(s => s.BallotId == ballotId).Select(s => (s.UploadId, s.Pages)).ToList();
        var pages = await db.ScanPages.AsNoTracking().Where(p => ids.Contains(p.UploadId)).Select(p => new { p.UploadId, p.Index, p.Hash })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var annex = pages.Where(p => pageIndexes.Any(s => s.UploadId == p.UploadId && s.Pages.Contains(p.Index)))
            .OrderBy(p => uploads.FindIndex(u => u.Id == p.UploadId)).ThenBy(p => p.Index)
            .Select(p => new ScannedPage(uploads.Single(u => u.Id == p.UploadId).FileName, p.Index + 1, p.Hash)).ToList();
        return new TallyScans(log, annex);
    }

    /// <summary>The committee's decision as the log prints it.</summary>
    public static string Decision(string decision) => decision switch
    {
        nameof(SheetOutcome.Valid) => "phiếu hợp lệ",
        nameof(SheetOutcome.Invalid) => "phiếu không hợp lệ",
        _ => "không tính tờ này",
    };

    private static int Count(List<Data.Counting.ScanSheet> sheets, SheetOutcome outcome) => sheets.Count(s => s.ReadOutcome == outcome.ToString());

    private static string Time(DateTimeOffset at) => at.ToOffset(VietnamTime.Offset).ToString("HH:mm dd/MM/yyyy", Vietnamese);
}
