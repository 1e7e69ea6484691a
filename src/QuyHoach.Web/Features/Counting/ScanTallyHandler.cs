using QuyHoach.Data.Counting;
using QuyHoach.Scanning;
using QuyHoach.Web.Features.Conferences;

namespace QuyHoach.Web.Features.Counting;

/// <summary>Ghi kết quả quét thành biên bản: the ballots issued (from the conference) and the ballots returned as counted
/// at the ballot box, which the sheets scanned must equal.</summary>
public sealed record ScanTallyRequest(int Issued, int Returned);

/// <summary>
/// Kết quả quét là một lần nhập độc lập: the totals of the member's scans of a ballot become that member's tally entry,
/// entered through <see cref="EnterTallyHandler"/> exactly like a manual entry, so it reconciles with a manual entry or
/// another member's scan as two manual entries do (R-SECRET-1: only totals are stored). Refused, with nothing stored,
/// while an upload is being read, while a sheet waits for the committee, or when the sheets counted differ from the
/// ballots returned. A sheet counts as the committee decided it, else as the reader did; a name written in counts for
/// the ballot's written-in line of the same name
/// (<see cref="ScanRuling"/>).
/// </summary>
public sealed class ScanTallyHandler(QuyHoachDbContext db, EnterTallyHandler enter)
{
    public async Task<Outcome<TallyStatusView>> HandleAsync(PlanningActor actor, Guid ballotId, ScanTallyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await BallotContext.LoadForChangeAsync(db, actor, ballotId, b => b.At.OnCommittee, "Chỉ thành viên tổ kiểm phiếu của hội nghị này được ghi kết quả quét.", cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } b)
        {
            return loaded.Refusal!;
        }

        var mine = db.ScanUploads.Where(u => u.ConferenceId == b.At.Conference.Id && u.UploadedByUserId == actor.UserId);
        if (await mine.AnyAsync(u => !ScanContext.Finished.Contains(u.State), cancellationToken).ConfigureAwait(false))
        {
            return Refusal.Conflict("Bản quét của bạn đang được đọc: hãy chờ đọc xong rồi ghi kết quả.");
        }

        var sheets = await db.ScanSheets.AsNoTracking().Where(s => mine.Any(u => u.Id == s.UploadId) && (s.BallotId == ballotId || s.BallotId == null))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pending = sheets.Count(s => ScanSheets.Final(s) == nameof(SheetOutcome.Review));
        if (pending > 0)
        {
            return Refusal.Conflict($"Còn {pending} tờ phiếu chờ tổ kiểm phiếu xem xét: hãy quyết định từng tờ trước khi ghi kết quả quét.");
        }

        var valid = sheets.Where(s => s.BallotId == ballotId && ScanSheets.Final(s) == nameof(SheetOutcome.Valid)).ToList();
        var invalid = sheets.Count(s => s.BallotId == ballotId && ScanSheets.Final(s) == nameof(SheetOutcome.Invalid));
        var counted = valid.Count + invalid;
        if (counted == 0)
        {
            return Refusal.Conflict("Chưa có tờ phiếu nào của phiếu này trong các bản quét của bạn.");
        }

        if (counted != request.Returned)
        {
            return Refusal.BadInput($"Số tờ phiếu đã quét và tính được ({counted} tờ) khác số phiếu thu vào ({request.Returned} phiếu). Hãy quét bổ sung các tờ còn thiếu hoặc kiểm tra lại số phiếu thu vào; biên bản chưa được ghi nhận.");
        }

        var votes = b.Ballot.Candidates.Select(c => new AgreeLine(c.Id, c.WrittenIn
            ? valid.Count(s => ScanSheets.WrittenNames(s.WriteIn).Contains(ScanSheets.NameKey(c.FullName), StringComparer.Ordinal))
            : valid.Count(s => ScanSheets.MarkedLines(s).Contains(CountBallots.LineId(c.Id), StringComparer.Ordinal)))).ToList();
        return await enter.HandleAsync(actor, ballotId, new TallyRequest(request.Issued, counted, valid.Count, invalid, votes), cancellationToken).ConfigureAwait(false);
    }
}
