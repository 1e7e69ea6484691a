namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Cán bộ trong danh sách quy hoạch: one person's line in the approved list, its annex and the danh sách trích ngang.
/// Every field is already worded by the caller (the document only presents).
/// </summary>
/// <param name="FullName">Họ và tên.</param>
/// <param name="BirthDate">Ngày sinh, possibly only the year or the month ("1975", "04/1975").</param>
/// <param name="Sex">Giới tính.</param>
/// <param name="Ethnicity">Dân tộc, e.g. "Kinh".</param>
/// <param name="Hometown">Quê quán, e.g. "xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định".</param>
/// <param name="PartyJoined">Ngày vào Đảng; null for a cadre who is not a Party member.</param>
/// <param name="CurrentPosition">Chức vụ hiện tại.</param>
/// <param name="Education">Trình độ chuyên môn, e.g. "Thạc sĩ Kinh tế".</param>
/// <param name="PoliticalTheory">Lý luận chính trị, e.g. "Cao cấp".</param>
/// <param name="StateManagement">Quản lý nhà nước, e.g. "Chuyên viên chính".</param>
/// <param name="Evaluations">Đánh giá, xếp loại 3 năm gần nhất, free text, e.g. "2023: HTXSNV; 2024: HTTNV; 2025: HTXSNV".</param>
/// <param name="Note">Ghi chú.</param>
/// <param name="ScienceTechnology">Có trình độ khoa học, công nghệ (R-STR-5).</param>
public sealed record PlannedPerson(
    string FullName,
    PartialDate BirthDate,
    Sex Sex,
    string Ethnicity,
    string Hometown,
    DateOnly? PartyJoined,
    string CurrentPosition,
    string Education,
    string PoliticalTheory,
    string StateManagement,
    string Evaluations,
    string? Note = null,
    bool ScienceTechnology = false);

/// <summary>Chức danh quy hoạch and the people planned for it, in the order the caller sorted them.</summary>
public sealed record TitleGroup(string TitleName, IReadOnlyList<PlannedPerson> People);

/// <summary>Đợt quy hoạch as documents name it.</summary>
/// <param name="Name">e.g. "Rà soát, bổ sung quy hoạch năm 2026".</param>
/// <param name="Term">Nhiệm kỳ quy hoạch, e.g. "2025-2030".</param>
/// <param name="Kind">Loại đợt in running text, e.g. "rà soát, bổ sung quy hoạch" or "xây dựng quy hoạch".</param>
public sealed record RoundInfo(string Name, string Term, string Kind);

/// <summary>Căn cứ đưa ra khỏi quy hoạch.</summary>
public enum RemovalGround
{
    /// <summary>Tập thể lãnh đạo biểu quyết đưa ra khỏi quy hoạch (R-REM-VOTE).</summary>
    Vote,

    /// <summary>Từ trần (R-REM-AUTO a).</summary>
    Death,

    /// <summary>Không còn đủ tuổi quy hoạch (R-REM-AUTO b).</summary>
    Age,

    /// <summary>Bị kỷ luật từ khiển trách trở lên (R-REM-AUTO c).</summary>
    Discipline,

    /// <summary>Không đảm bảo tiêu chuẩn chính trị (R-REM-AUTO d).</summary>
    PoliticalStandard,
}

/// <summary>Một trường hợp đưa ra khỏi quy hoạch: who leaves which title, and why.</summary>
/// <param name="FullName">Họ và tên.</param>
/// <param name="BirthDate">Ngày sinh.</param>
/// <param name="CurrentPosition">Chức vụ hiện tại.</param>
/// <param name="PlannedTitle">Chức danh quy hoạch the cadre leaves.</param>
/// <param name="Ground">The ground; every ground but <see cref="RemovalGround.Vote"/> needs no vote (R-REM-AUTO).</param>
/// <param name="Detail">Căn cứ cụ thể, e.g. "Quyết định số 45-QĐ/UBKTTU ngày 12/9/2026 thi hành kỷ luật khiển trách" or
/// the vote "8/11 thành viên Đảng ủy đồng ý"; empty when the ground says it all.</param>
public sealed record RemovalLine(
    string FullName,
    PartialDate BirthDate,
    string CurrentPosition,
    string PlannedTitle,
    RemovalGround Ground,
    string Detail = "")
{
    /// <summary>True when the removal follows from the facts alone and no vote is held (R-REM-AUTO).</summary>
    public bool Automatic => Ground != RemovalGround.Vote;
}
