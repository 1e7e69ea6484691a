namespace QuyHoach.Documents.Ballots;

/// <summary>Loại phiếu: the phiếu giới thiệu of a title, or the removal ballot of the leadership's first meeting.</summary>
public enum BallotPaperKind
{
    /// <summary>Phiếu giới thiệu quy hoạch một chức danh.</summary>
    Nomination,

    /// <summary>Phiếu biểu quyết đưa ra khỏi quy hoạch.</summary>
    Removal,
}

/// <summary>Một dòng in sẵn trên phiếu: a candidate in the ballot's order with the post held now.</summary>
/// <param name="LineId">The ballot line's id: the key of the tally entry's agree votes (never printed).</param>
/// <param name="FullName">Họ và tên.</param>
/// <param name="CurrentPost">Chức vụ hiện tại.</param>
public sealed record BallotCandidate(string LineId, string FullName, string CurrentPost);

/// <summary>Phần đầu phiếu: the issuing body and the conference, as printed.</summary>
/// <param name="Superior">Cơ quan cấp trên (the upper line of the heading), if any.</param>
/// <param name="BodyName">Tên cơ quan, đơn vị tổ chức hội nghị.</param>
/// <param name="ConferenceName">Tên hội nghị (e.g. "Hội nghị cán bộ chủ chốt").</param>
/// <param name="Place">Địa danh of the date line.</param>
/// <param name="Date">Ngày họp.</param>
public sealed record BallotHeading(string? Superior, string BodyName, string ConferenceName, string Place, DateOnly Date);

/// <summary>
/// Một phiếu cần in: one title's phiếu giới thiệu (or the removal ballot) with everything its text needs. The quota,
/// the write-in lines and whether marking too many names voids the sheet come from the rule set and the ballot
/// (R-BAL-1, <c>voting.writeInsAllowed</c>), never from here.
/// </summary>
/// <param name="BallotKey">The ballot's machine key carried by the QR code: letters, digits and '-', at most 20
/// (names the ballot, never a voter; ADR 0013).</param>
/// <param name="Kind">Loại phiếu.</param>
/// <param name="Heading">Phần đầu phiếu.</param>
/// <param name="TitleName">Chức danh quy hoạch.</param>
/// <param name="Quota">Số người được giới thiệu tối đa (the title's quota); for a removal ballot, the number of lines.</param>
/// <param name="OverQuotaInvalid">R-BAL-1 as the rule set reads it: the instruction then says such a sheet is invalid.</param>
/// <param name="Candidates">Dòng in sẵn, in the ballot's order.</param>
/// <param name="WriteInLines">Số dòng để trống ghi thêm tên (0 where the rule set allows no write-in).</param>
public sealed record BallotPaper(
    string BallotKey,
    BallotPaperKind Kind,
    BallotHeading Heading,
    string TitleName,
    int Quota,
    bool OverQuotaInvalid,
    IReadOnlyList<BallotCandidate> Candidates,
    int WriteInLines);

/// <summary>Số tờ cần in của một phiếu (the attendance needs).</summary>
/// <param name="Paper">The ballot paper.</param>
/// <param name="Sheets">How many sheets to print; every sheet gets its own random code, recorded nowhere (ADR 0013).</param>
public sealed record BallotPrint(BallotPaper Paper, int Sheets);
