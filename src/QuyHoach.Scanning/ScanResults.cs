using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning;

/// <summary>Lý do chuyển xem xét: why a page or a sheet goes to the review queue instead of being counted.</summary>
public enum ReviewReason
{
    /// <summary>The four fiducials were not all found, or do not form the page (torn, folded, cut off).</summary>
    Unreadable,

    /// <summary>The QR code could not be read.</summary>
    NoCode,

    /// <summary>A sheet of a ballot not in this count, or printed from another layout.</summary>
    OtherBallot,

    /// <summary>The same page of the same sheet was already read in this count.</summary>
    SeenTwice,

    /// <summary>A page of a multi-page sheet is missing.</summary>
    MissingPage,

    /// <summary>A box is faint, corrected or spilling: the committee decides.</summary>
    UncertainMark,

    /// <summary>A write-in line is marked: a member types the name from the cropped image.</summary>
    WriteIn,

    /// <summary>Too many names marked and the rule set leaves the case to the committee (R-BAL-1).</summary>
    CommitteeDecides,
}

/// <summary>The Vietnamese wording of each reason.</summary>
public static class ReviewReasonText
{
    /// <summary>The reason as the review queue shows it.</summary>
    public static string Describe(ReviewReason reason) => reason switch
    {
        ReviewReason.Unreadable => "Không tìm đủ bốn dấu định vị (phiếu rách, gấp hoặc quét thiếu)",
        ReviewReason.NoCode => "Không đọc được mã QR của trang",
        ReviewReason.OtherBallot => "Phiếu không thuộc lần bỏ phiếu này",
        ReviewReason.SeenTwice => "Trang này đã được quét",
        ReviewReason.MissingPage => "Thiếu trang của tờ phiếu",
        ReviewReason.UncertainMark => "Có ô đánh dấu mờ, bị sửa hoặc tràn ra ngoài ô",
        ReviewReason.WriteIn => "Có tên ghi thêm cần nhập",
        ReviewReason.CommitteeDecides => "Đánh dấu quá số người; tổ kiểm phiếu quyết định",
    };
}

/// <summary>One box as read.</summary>
/// <param name="LineId">The printed line; null for a write-in line.</param>
/// <param name="Page">The sheet's page.</param>
/// <param name="Mark">Empty, marked or uncertain.</param>
/// <param name="Measure">What was measured.</param>
/// <param name="Outline">The box's corners in the image, to outline it for the committee.</param>
/// <param name="WriteInArea">For a write-in line: the corners of the name area, to crop it.</param>
public sealed record BoxReading(string? LineId, int Page, BoxMark Mark, BoxMeasure Measure, IReadOnlyList<PixelPoint> Outline, IReadOnlyList<PixelPoint>? WriteInArea);

/// <summary>One scanned page as read.</summary>
/// <param name="Index">Its position in the upload, from 0.</param>
/// <param name="Code">The QR code's content; null when unread.</param>
/// <param name="UpsideDown">True when the page was scanned upside down.</param>
/// <param name="Boxes">Its boxes in layout order; empty when the page could not be read.</param>
/// <param name="Problem">Why the page cannot be counted; null when it can.</param>
public sealed record PageReading(int Index, BallotCode? Code, bool UpsideDown, IReadOnlyList<BoxReading> Boxes, ReviewReason? Problem);

/// <summary>Kết quả một phiếu: valid, invalid, or to review.</summary>
public enum SheetOutcome
{
    /// <summary>Phiếu hợp lệ.</summary>
    Valid,

    /// <summary>Phiếu không hợp lệ.</summary>
    Invalid,

    /// <summary>Chờ tổ kiểm phiếu xem xét.</summary>
    Review,
}

/// <summary>
/// One sheet (the pages sharing a sheet code), or one unreadable page standing alone.
/// </summary>
/// <param name="BallotKey">The ballot; null when unknown.</param>
/// <param name="Pages">The upload positions of its pages.</param>
/// <param name="Boxes">Every box of the sheet.</param>
/// <param name="Outcome">Valid, invalid or review.</param>
/// <param name="Reason">Why it is to review; null otherwise.</param>
/// <param name="Marked">Names marked for certain (printed lines and write-ins).</param>
/// <param name="Joined">The earlier part of the sheet (from an earlier upload of the same member) whose pages and boxes
/// this result completes; its <paramref name="Boxes"/> include the earlier part's, its <paramref name="Pages"/> are
/// this upload's only.</param>
public sealed record SheetResult(string? BallotKey, IReadOnlyList<int> Pages, IReadOnlyList<BoxReading> Boxes, SheetOutcome Outcome, ReviewReason? Reason, int Marked, EarlierSheet? Joined = null)
{
    /// <summary>The printed lines marked, for the totals (only a valid sheet's count).</summary>
    public IEnumerable<string> MarkedLines => Boxes.Where(b => b.Mark == BoxMark.Marked).Select(b => b.LineId).OfType<string>();
}

/// <summary>
/// Một tờ đã quét ở lần tải trước: a sheet (its ballot and random sheet code) that an earlier upload of the same
/// member, in the same count, already holds. <paramref name="Pending"/> when it waits for its other pages (read as a
/// sheet with a page missing, not decided by the committee, not joined yet): then the pages of this upload that it
/// lacks are joined to it and the whole sheet is read as one. Otherwise (counted, decided, or holding a page this
/// upload has again) a page of it is seen twice. The code names the paper, never a person (ADR 0013, ADR 0023).
/// </summary>
/// <param name="BallotKey">The ballot.</param>
/// <param name="SheetCode">The sheet's random code.</param>
/// <param name="SheetPages">The sheet's pages it holds (1 = first page).</param>
/// <param name="Boxes">Its boxes as read (the committee reads their outlines on the earlier upload's images).</param>
/// <param name="Pending">It waits for its other pages.</param>
public sealed record EarlierSheet(string BallotKey, string SheetCode, IReadOnlyList<int> SheetPages, IReadOnlyList<BoxReading> Boxes, bool Pending);
