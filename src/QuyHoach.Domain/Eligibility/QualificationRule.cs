using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Eligibility;

/// <summary>
/// Trình độ lý luận chính trị, chuyên môn, quản lý nhà nước: level standards of the planned title (R-STD-1,
/// R-STD-2, R-LLCT-1, R-PRO-1).
/// </summary>
/// <remarks>LLCT: a cadre studying for the required level meets it provisionally, with the obligation to finish the
/// course; one who has not started is planned with the obligation to take it (R-STD-2): both verdicts are "đủ điều
/// kiện kèm nghĩa vụ". Professional and QLNN shortfalls are obligations
/// only where the title marks them "may be completed after planning" (R-STD-1), otherwise failures.</remarks>
public static class QualificationRule
{
    /// <summary>R-STD-2: political theory; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-STD-2");

    /// <summary>R-PRO-1: professional and state-management levels; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis ProfessionalBasis { get; } = LegalBasis.Of("R-PRO-1");

    private const string Professional = "trình độ chuyên môn";
    private const string StateManagement = "trình độ quản lý nhà nước";

    /// <summary>Adds every level shortfall to <paramref name="reasons"/>.</summary>
    public static void Check(CadreFacts cadre, TitleStandards standards, List<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(reasons);
        if (standards.PoliticalTheory is { } llct && cadre.PoliticalTheory < llct)
        {
            reasons.Add(cadre.StudyingPoliticalTheory >= llct
                ? new EligibilityReason("LLCT_STUDYING", ReasonSeverity.Obligation, "Đang học lý luận chính trị trình độ theo yêu cầu: tạm coi là đạt tiêu chuẩn, phải hoàn thành khóa học.", Basis)
                : new EligibilityReason("LLCT_TRAINING_REQUIRED", ReasonSeverity.Obligation, "Chưa có trình độ lý luận chính trị theo yêu cầu: phải có kế hoạch đào tạo sau khi được quy hoạch.", Basis));
        }

        if (standards.Professional is { } pro && cadre.Professional < pro.Level)
        {
            reasons.Add(Shortfall("PROFESSIONAL_LEVEL", true, pro.MayCompleteAfterPlanning));
        }

        if (standards.StateManagement is { } qlnn && cadre.StateManagement < qlnn.Level)
        {
            reasons.Add(Shortfall("STATE_MANAGEMENT_LEVEL", false, qlnn.MayCompleteAfterPlanning));
        }
    }

    // Constant messages, not formatted per verdict: screening runs this for every cadre and title.
    private static EligibilityReason Shortfall(string code, bool professional, bool mayCompleteAfter) => (professional, mayCompleteAfter) switch
    {
        (true, true) => new(code, ReasonSeverity.Obligation, $"Chưa đạt {Professional} theo tiêu chuẩn chức danh: phải hoàn thiện sau khi được quy hoạch.", ProfessionalBasis),
        (true, false) => new(code, ReasonSeverity.Failure, $"Chưa đạt {Professional} theo tiêu chuẩn chức danh.", ProfessionalBasis),
        (false, true) => new(code, ReasonSeverity.Obligation, $"Chưa đạt {StateManagement} theo tiêu chuẩn chức danh: phải hoàn thiện sau khi được quy hoạch.", ProfessionalBasis),
        (false, false) => new(code, ReasonSeverity.Failure, $"Chưa đạt {StateManagement} theo tiêu chuẩn chức danh.", ProfessionalBasis),
    };
}
