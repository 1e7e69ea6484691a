namespace QuyHoach.Domain.Eligibility;

/// <summary>Trình độ lý luận chính trị, ascending (R-LLCT-1); cử nhân counts as at least cao cấp.</summary>
public enum PoliticalTheoryLevel
{
    /// <summary>Chưa có.</summary>
    None,

    /// <summary>Sơ cấp.</summary>
    Elementary,

    /// <summary>Trung cấp.</summary>
    Intermediate,

    /// <summary>Cao cấp.</summary>
    Advanced,

    /// <summary>Cử nhân chính trị (and higher degrees in political science).</summary>
    Bachelor,
}

/// <summary>Trình độ chuyên môn, ascending (R-PRO-1).</summary>
public enum ProfessionalLevel
{
    /// <summary>Chưa qua đào tạo đại học.</summary>
    None,

    /// <summary>Cao đẳng.</summary>
    College,

    /// <summary>Đại học.</summary>
    Bachelor,

    /// <summary>Thạc sĩ.</summary>
    Master,

    /// <summary>Tiến sĩ.</summary>
    Doctor,
}

/// <summary>Trình độ quản lý nhà nước, ascending (R-PRO-1).</summary>
public enum StateManagementLevel
{
    /// <summary>Chưa có.</summary>
    None,

    /// <summary>Chuyên viên.</summary>
    Specialist,

    /// <summary>Chuyên viên chính.</summary>
    Principal,

    /// <summary>Chuyên viên cao cấp.</summary>
    Senior,
}

/// <summary>Kết luận tiêu chuẩn chính trị (R-DOS-1 item 4, R-DOS-3).</summary>
public enum PoliticalStandard
{
    /// <summary>Chưa có kết luận.</summary>
    NotConcluded,

    /// <summary>Bảo đảm tiêu chuẩn chính trị.</summary>
    Met,

    /// <summary>Không bảo đảm tiêu chuẩn chính trị.</summary>
    NotMet,
}

/// <summary>Tình trạng vi phạm chưa bị kỷ luật (R-DIS-377 cases 1–2, R-DIS-P2).</summary>
public enum ViolationStatus
{
    /// <summary>Không có vi phạm.</summary>
    None,

    /// <summary>Case 1: violations calling for review and lessons but not for discipline.</summary>
    ReviewedWithoutDiscipline,

    /// <summary>Case 2: not disciplined (decision or limitation period) and the review and remedy are completed.</summary>
    NotDisciplinedRemedied,

    /// <summary>Not disciplined but the remedy is not completed.</summary>
    NotDisciplinedNotRemedied,

    /// <summary>Đang bị xem xét kỷ luật, thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo.</summary>
    UnderHandling,
}

/// <summary>Nhiệm kỳ quy hoạch (R-TERM-1).</summary>
public enum PlanTermKind
{
    /// <summary>Nhiệm kỳ hiện tại (annual additions, R-AGE-2).</summary>
    Current,

    /// <summary>Nhiệm kỳ kế tiếp (R-AGE-1).</summary>
    Next,
}

/// <summary>Loại chức danh quy hoạch: leadership titles count towards R-PRI-5/6; committee membership does not.</summary>
public enum TitleKind
{
    /// <summary>Chức danh lãnh đạo, quản lý.</summary>
    Leadership,

    /// <summary>Ủy viên BCH, ủy viên BTV, ủy viên UBKT (R-PRI-6 exclusion; R-COEF-1 applies instead).</summary>
    CommitteeMembership,
}
