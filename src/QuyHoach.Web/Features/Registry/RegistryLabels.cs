using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Web.Features.Registry;

/// <summary>Vietnamese names of the registry's coded values, and the dd/MM/yyyy and "89,9" display formats.</summary>
public static class RegistryLabels
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>A <c>yyyy-MM</c> month as <c>MM/yyyy</c>; the text as given when it is not one.</summary>
    public static string Month(string? month) => Domain.Common.YearMonth.TryParse(month, out var m) ? m.ToVietnamese() : month ?? "";

    /// <summary>A score in tenths as Vietnamese people write it: 899 → "89,9".</summary>
    public static string Score(int? tenths) => tenths is { } t ? (t / 10m).ToString("0.0", Vietnamese) : "";

    public static string Of(Sex sex) => sex switch
    {
        Sex.Male => "Nam",
        Sex.Female => "Nữ",
    };

    public static string Of(PoliticalTheoryLevel level) => level switch
    {
        PoliticalTheoryLevel.None => "Chưa có",
        PoliticalTheoryLevel.Elementary => "Sơ cấp",
        PoliticalTheoryLevel.Intermediate => "Trung cấp",
        PoliticalTheoryLevel.Advanced => "Cao cấp",
        PoliticalTheoryLevel.Bachelor => "Cử nhân",
    };

    public static string Of(ProfessionalLevel level) => level switch
    {
        ProfessionalLevel.None => "Chưa qua đào tạo đại học",
        ProfessionalLevel.College => "Cao đẳng",
        ProfessionalLevel.Bachelor => "Đại học",
        ProfessionalLevel.Master => "Thạc sĩ",
        ProfessionalLevel.Doctor => "Tiến sĩ",
    };

    public static string Of(StateManagementLevel level) => level switch
    {
        StateManagementLevel.None => "Chưa có",
        StateManagementLevel.Specialist => "Chuyên viên",
        StateManagementLevel.Principal => "Chuyên viên chính",
        StateManagementLevel.Senior => "Chuyên viên cao cấp",
    };

    public static string Of(Rating rating) => rating switch
    {
        Rating.Failed => "Không hoàn thành nhiệm vụ",
        Rating.Completed => "Hoàn thành nhiệm vụ",
        Rating.Good => "Hoàn thành tốt nhiệm vụ",
        Rating.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
    };

    public static string Of(DisciplineForm form) => form switch
    {
        DisciplineForm.KhienTrach => "Khiển trách",
        DisciplineForm.CanhCao => "Cảnh cáo",
        DisciplineForm.HaBacLuong => "Hạ bậc lương",
        DisciplineForm.GiangChuc => "Giáng chức",
        DisciplineForm.CachChuc => "Cách chức",
        DisciplineForm.BaiNhiem => "Bãi nhiệm",
        DisciplineForm.BuocThoiViec => "Buộc thôi việc",
        DisciplineForm.KhaiTru => "Khai trừ",
    };

    public static string Of(DisciplineAuthority authority) => authority switch
    {
        DisciplineAuthority.Party => "Kỷ luật Đảng",
        DisciplineAuthority.State => "Kỷ luật hành chính",
    };

    /// <summary>The verdict's label from its stored code (a source-list snapshot), or the code itself when unknown.</summary>
    public static string Outcome(string code) => PlanningLabels.Outcome(code);

    /// <summary>The verdict's label, as the planning pages print it (PlanningLabels).</summary>
    public static string Of(EligibilityOutcome outcome) => PlanningLabels.Of(outcome);

    public static string Of(ReasonSeverity severity) => severity switch
    {
        ReasonSeverity.Failure => "Không đạt",
        ReasonSeverity.Obligation => "Nghĩa vụ",
        ReasonSeverity.Warning => "Lưu ý",
    };

    public static string Of(BodyKind kind) => kind switch
    {
        BodyKind.StandingCommittee => "Ban Thường vụ",
        BodyKind.ExecutiveCommittee => "Ban Chấp hành",
        BodyKind.Directorate => "Ban Giám đốc",
        BodyKind.CollectiveLeadership => "Tập thể lãnh đạo",
        BodyKind.InspectionCommittee => "Ủy ban Kiểm tra",
        BodyKind.Other => "Tập thể khác",
    };
}
