using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Conferences;
using DataBallot = QuyHoach.Data.Planning.Ballot;

namespace QuyHoach.Web.Features.Counting;

/// <summary>
/// Quyết định "phiếu hợp lệ" của tổ kiểm phiếu, checked against the ballot before anything is written. A name typed
/// from a write-in line counts only for a written-in line of the ballot with the same name (compared after Unicode NFC,
/// spaces and case, never ignoring diacritics: "Hà" and "Hạ" are two people); when there is none the ruling is refused
/// and says how to add it (on the conference page, through the one handler that adds written-in lines, audited there),
/// so no typed name is silently dropped and no line is created from a typing slip. The names the ruling counts
/// (printed lines and written-in names) are then judged by <see cref="BallotMarkingRule"/> against the quota the
/// paper states (<see cref="CountBallots.Quota"/>), as the reader judges a sheet it is sure of (R-BAL-1).
/// </summary>
public static class ScanRuling
{
    /// <summary>Why the ruling that <paramref name="marked"/> lines and the <paramref name="written"/> names (keys of
    /// <see cref="ScanSheets.NameKey"/>) count on a sheet of <paramref name="ballot"/> cannot stand; null when it can.</summary>
    public static Refusal? Valid(ConferenceContext at, DataBallot ballot, IReadOnlyCollection<string> marked, IReadOnlyCollection<string> written)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(marked);
        ArgumentNullException.ThrowIfNull(written);
        if (written.Count > 0 && !CountBallots.TakesWriteIns(at, ballot))
        {
            return Refusal.BadInput("Phiếu này không có dòng ghi thêm tên (chỉ phiếu hội nghị cán bộ chủ chốt, khi bộ quy tắc cho phép): hãy để trống ô tên ghi thêm.");
        }

        var lines = ballot.Candidates.Where(c => c.WrittenIn).Select(c => ScanSheets.NameKey(c.FullName)).ToHashSet(StringComparer.Ordinal);
        if (written.FirstOrDefault(name => !lines.Contains(name)) is { } missing)
        {
            return Refusal.BadInput($"Tên ghi thêm \"{missing}\" chưa có dòng ghi thêm trên phiếu này nên chưa được tính. Hãy ghi thêm tên này vào phiếu ở trang hội nghị (mục \"Ghi thêm tên vào phiếu\"), kiểm tra đúng họ tên có dấu, rồi ghi lại quyết định.");
        }

        var quota = CountBallots.Quota(at, ballot);
        var names = marked.Count + written.Count;
        return BallotMarkingRule.Judge(names, quota, at.RuleSet.Voting) == SheetValidity.Invalid
            ? Refusal.BadInput($"Quyết định tính {names} người trên tờ phiếu này, quá số được giới thiệu ({quota} người): theo quy tắc bỏ phiếu, tờ phiếu này không hợp lệ. Hãy ghi là phiếu không hợp lệ, hoặc chỉ chọn những người thực sự được đánh dấu.")
            : null;
    }
}
