using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Eligibility;

/// <summary>
/// Trình độ lý luận chính trị, chuyên môn, quản lý nhà nước: level standards of the planned title (R-STD-1,
/// R-STD-2, R-LLCT-1, R-PRO-1).
/// </summary>
/// <remarks>LLCT: a cadre studying for the required level meets it provisionally (warning); one who has not started
/// is planned with the obligation to take the course (R-STD-2). Professional and QLNN shortfalls are obligations
/// only where the title marks them "may be completed after planning" (R-STD-1), otherwise failures.</remarks>
public static class QualificationRule
{
    /// <summary>R-STD-2 · seed 001 §B.II.1; QĐ 57-QĐ/TW.</summary>
    public static LegalBasis Basis { get; } = new("R-STD-2", "Kế hoạch 331/KH-SCT; Quy định 57-QĐ/TW", "Mục B.II.1");

    /// <summary>R-PRO-1, R-STD-1 · HD 16 §II.6.</summary>
    public static LegalBasis ProfessionalBasis { get; } = new("R-PRO-1", "Hướng dẫn 16-HD/BTCTW", "Mục II.6");

    /// <summary>Adds every level shortfall to <paramref name="reasons"/>.</summary>
    public static void Check(CadreFacts cadre, TitleStandards standards, List<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(reasons);
        if (standards.PoliticalTheory is { } llct && cadre.PoliticalTheory < llct)
        {
            reasons.Add(cadre.StudyingPoliticalTheory >= llct
                ? new EligibilityReason("LLCT_STUDYING", ReasonSeverity.Warning, "Đang học lý luận chính trị trình độ theo yêu cầu: tạm coi là đạt tiêu chuẩn.", Basis)
                : new EligibilityReason("LLCT_TRAINING_REQUIRED", ReasonSeverity.Obligation, "Chưa có trình độ lý luận chính trị theo yêu cầu: phải có kế hoạch đào tạo sau khi được quy hoạch.", Basis));
        }

        if (standards.Professional is { } pro && cadre.Professional < pro.Level)
        {
            reasons.Add(Shortfall("PROFESSIONAL_LEVEL", "trình độ chuyên môn", pro.MayCompleteAfterPlanning));
        }

        if (standards.StateManagement is { } qlnn && cadre.StateManagement < qlnn.Level)
        {
            reasons.Add(Shortfall("STATE_MANAGEMENT_LEVEL", "trình độ quản lý nhà nước", qlnn.MayCompleteAfterPlanning));
        }
    }

    private static EligibilityReason Shortfall(string code, string what, bool mayCompleteAfter) => mayCompleteAfter
        ? new EligibilityReason(code, ReasonSeverity.Obligation, $"Chưa đạt {what} theo tiêu chuẩn chức danh: phải hoàn thiện sau khi được quy hoạch.", ProfessionalBasis)
        : new EligibilityReason(code, ReasonSeverity.Failure, $"Chưa đạt {what} theo tiêu chuẩn chức danh.", ProfessionalBasis);
}
