namespace QuyHoach.Documents.Minutes;

/// <summary>A person named in the minutes with their position, e.g. the chair.</summary>
public sealed record Participant(string FullName, string Position);

/// <summary>Vai trò trong Ban kiểm phiếu.</summary>
public enum CountingRole
{
    /// <summary>Trưởng ban.</summary>
    Head,

    /// <summary>Ủy viên.</summary>
    Member,
}

/// <summary>Thành viên Ban kiểm phiếu.</summary>
public sealed record CountingMember(string FullName, string Position, CountingRole Role);

/// <summary>
/// Số người và số phiếu: convened and present (the quorum check) and the ballots issued, returned, valid and
/// invalid (recorded, never a base; docs/rules/votes.md).
/// </summary>
public sealed record BallotCounts(int Convened, int Present, int Issued, int Returned, int Valid, int Invalid);

/// <summary>The candidates for one planned title (chức danh quy hoạch), e.g. "Giám đốc Sở".</summary>
public sealed record TitleTally(string PlannedTitle, IReadOnlyList<TallyCandidate> Candidates);

/// <summary>One candidate's line in the tally.</summary>
/// <param name="Number">Số thứ tự.</param>
/// <param name="FullName">Họ và tên.</param>
/// <param name="BirthDate">Ngày sinh (possibly year only).</param>
/// <param name="Sex">Giới tính.</param>
/// <param name="CurrentTitle">Chức vụ hiện tại.</param>
/// <param name="SourceGroup">Đối tượng, e.g. "1" or "2".</param>
/// <param name="Agree">Số phiếu đồng ý.</param>
/// <param name="Passed">Đạt / Không đạt, as decided by the step's threshold.</param>
/// <param name="Rank">Xếp thứ within the title, by agree votes; null when not ranked.</param>
/// <param name="Note">Ghi chú, e.g. "Người đứng đầu quyết định".</param>
public sealed record TallyCandidate(
    int Number,
    string FullName,
    PartialDate BirthDate,
    Sex Sex,
    string CurrentTitle,
    string SourceGroup,
    int Agree,
    bool Passed,
    int? Rank = null,
    string? Note = null);
