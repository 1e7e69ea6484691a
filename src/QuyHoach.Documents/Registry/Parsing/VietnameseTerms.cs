using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Documents.Registry.Parsing;

/// <summary>The Vietnamese words of every enumerated column, shared by the reader, the template guide and exports.</summary>
internal static class VietnameseTerms
{
    public static readonly TermSet<Sex> Sex = new(
        (Domain.Common.Sex.Male, ["Nam"]),
        (Domain.Common.Sex.Female, ["Nữ"]));

    public static readonly TermSet<PoliticalTheoryLevel> PoliticalTheory = new(
        (PoliticalTheoryLevel.Elementary, ["Sơ cấp"]),
        (PoliticalTheoryLevel.Intermediate, ["Trung cấp"]),
        (PoliticalTheoryLevel.Advanced, ["Cao cấp"]),
        (PoliticalTheoryLevel.Bachelor, ["Cử nhân", "Cử nhân chính trị"]),
        (PoliticalTheoryLevel.None, ["Chưa có"]));

    public static readonly TermSet<StateManagementLevel> StateManagement = new(
        (StateManagementLevel.Specialist, ["Chuyên viên"]),
        (StateManagementLevel.Principal, ["Chuyên viên chính"]),
        (StateManagementLevel.Senior, ["Chuyên viên cao cấp"]),
        (StateManagementLevel.None, ["Chưa có"]));

    public static readonly TermSet<Rating> Rating = new(
        (Domain.Evaluation.Rating.Excellent, ["HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"]),
        (Domain.Evaluation.Rating.Good, ["HTTNV", "Hoàn thành tốt nhiệm vụ"]),
        (Domain.Evaluation.Rating.Completed, ["HTNV", "Hoàn thành nhiệm vụ"]),
        (Domain.Evaluation.Rating.Failed, ["KHTNV", "Không hoàn thành nhiệm vụ"]));

    public static readonly TermSet<DisciplineAuthority> Authority = new(
        (DisciplineAuthority.Party, ["Đảng"]),
        (DisciplineAuthority.State, ["Chính quyền", "Hành chính"]));

    public static readonly TermSet<DisciplineForm> DisciplineForm = new(
        (Domain.Discipline.DisciplineForm.KhienTrach, ["Khiển trách"]),
        (Domain.Discipline.DisciplineForm.CanhCao, ["Cảnh cáo"]),
        (Domain.Discipline.DisciplineForm.HaBacLuong, ["Hạ bậc lương"]),
        (Domain.Discipline.DisciplineForm.GiangChuc, ["Giáng chức"]),
        (Domain.Discipline.DisciplineForm.CachChuc, ["Cách chức"]),
        (Domain.Discipline.DisciplineForm.BaiNhiem, ["Bãi nhiệm"]),
        (Domain.Discipline.DisciplineForm.BuocThoiViec, ["Buộc thôi việc"]),
        (Domain.Discipline.DisciplineForm.KhaiTru, ["Khai trừ"]));

    public static readonly TermSet<PoliticalStandard> PoliticalStandard = new(
        (Domain.Eligibility.PoliticalStandard.Met, ["Đạt", "Bảo đảm"]),
        (Domain.Eligibility.PoliticalStandard.NotMet, ["Không đạt", "Không bảo đảm"]));

    public static readonly TermSet<YesNo> YesNo = new(
        (Parsing.YesNo.Yes, ["Có"]),
        (Parsing.YesNo.No, ["Không"]));
}

/// <summary>Có / Không.</summary>
internal enum YesNo
{
    No,
    Yes,
}
