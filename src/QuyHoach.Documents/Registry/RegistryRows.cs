using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Documents.Registry;

/// <summary>One valid row of sheet <c>CanBo</c> (trích ngang cán bộ). Codes are as typed (trimmed).</summary>
/// <param name="Code">Mã cán bộ: the re-import key.</param>
/// <param name="FullName">Họ và tên (NFC, single spaces).</param>
/// <param name="Sex">Giới tính.</param>
/// <param name="BirthDate">Ngày sinh, possibly only month and year or year.</param>
/// <param name="Ethnicity">Dân tộc.</param>
/// <param name="HomeTown">Quê quán.</param>
/// <param name="PartyAdmission">Ngày vào Đảng; null = not a Party member.</param>
/// <param name="UnitCode">Mã đơn vị.</param>
/// <param name="CurrentTitleCode">Mã chức vụ hiện tại; null = chuyên viên, no leadership title.</param>
/// <param name="CurrentTitleSince">Ngày giữ chức vụ.</param>
/// <param name="Professional">Trình độ chuyên môn, free text (e.g. "Thạc sĩ Luật").</param>
/// <param name="PoliticalTheory">
/// Lý luận chính trị. When <paramref name="StudyingPoliticalTheory"/> is true this is the level being studied, as
/// the one-column trích ngang writes it ("Cao cấp" + "đang học").
/// </param>
/// <param name="StudyingPoliticalTheory">Đang học LLCT.</param>
/// <param name="StateManagement">Quản lý nhà nước.</param>
/// <param name="DeathDate">Ngày mất.</param>
/// <param name="TransferredOut">Ngày chuyển công tác ra ngoài.</param>
/// <param name="SheetRow">Row number in the file, for messages of the apply step.</param>
public sealed record CadreRow(
    string Code,
    string FullName,
    Sex Sex,
    PartialDate BirthDate,
    string? Ethnicity,
    string? HomeTown,
    DateOnly? PartyAdmission,
    string UnitCode,
    string? CurrentTitleCode,
    DateOnly? CurrentTitleSince,
    string? Professional,
    PoliticalTheoryLevel PoliticalTheory,
    bool StudyingPoliticalTheory,
    StateManagementLevel StateManagement,
    DateOnly? DeathDate,
    DateOnly? TransferredOut,
    int SheetRow)
{
    /// <summary>Số định danh cá nhân (R-PIN-1), digits only, checked against the row's sex and birth year; null = not given.</summary>
    public string? PersonalIdNumber { get; init; }

    /// <summary>Trình độ khoa học, công nghệ (R-STR-5); blank is no.</summary>
    public bool ScienceTechnology { get; init; }
}

/// <summary>One valid row of sheet <c>DanhGia</c>; keyed by (<paramref name="CadreCode"/>, <paramref name="Year"/>).</summary>
/// <param name="CadreCode">Mã cán bộ.</param>
/// <param name="Year">Năm đánh giá.</param>
/// <param name="Rating">Xếp loại.</param>
/// <param name="ScoreTenths">Điểm in tenths (85,5 → 855), 0–1000; null when not given.</param>
/// <param name="SheetRow">Row number in the file.</param>
public sealed record EvaluationRow(string CadreCode, int Year, Rating Rating, int? ScoreTenths, int SheetRow);

/// <summary>
/// One valid row of sheet <c>KyLuat</c>; keyed by (<paramref name="CadreCode"/>, <paramref name="DecisionNumber"/>)
/// or, without a number, by (<paramref name="CadreCode"/>, <paramref name="DecisionDate"/>, <paramref name="Form"/>).
/// </summary>
/// <param name="CadreCode">Mã cán bộ.</param>
/// <param name="Authority">Thẩm quyền: Đảng or Chính quyền.</param>
/// <param name="Form">Hình thức kỷ luật.</param>
/// <param name="DecisionNumber">Số quyết định.</param>
/// <param name="DecisionDate">Ngày quyết định.</param>
/// <param name="EffectiveDate">Ngày hiệu lực.</param>
/// <param name="UnderComplaint">Đang khiếu nại.</param>
/// <param name="SheetRow">Row number in the file.</param>
public sealed record DisciplineRow(
    string CadreCode,
    DisciplineAuthority Authority,
    DisciplineForm Form,
    string? DecisionNumber,
    DateOnly DecisionDate,
    DateOnly EffectiveDate,
    bool UnderComplaint,
    int SheetRow);

/// <summary>One valid row of sheet <c>TieuChuanChinhTri</c>; keyed by (<paramref name="CadreCode"/>, <paramref name="ConcludedOn"/>).</summary>
/// <param name="CadreCode">Mã cán bộ.</param>
/// <param name="ConcludedOn">Ngày kết luận.</param>
/// <param name="Conclusion">Kết luận: <see cref="PoliticalStandard.Met"/> (Đạt) or <see cref="PoliticalStandard.NotMet"/>.</param>
/// <param name="SheetRow">Row number in the file.</param>
public sealed record PoliticalStandardRow(string CadreCode, DateOnly ConcludedOn, PoliticalStandard Conclusion, int SheetRow);
