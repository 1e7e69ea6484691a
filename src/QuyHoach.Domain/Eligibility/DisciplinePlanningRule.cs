using System.Globalization;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Eligibility;

/// <summary>
/// Kỷ luật và quy hoạch: whether discipline and open violations allow planning under the rule set's regime
/// (R-DIS-50, R-DIS-377, R-DIS-377A, R-DIS-P2).
/// </summary>
/// <remarks>
/// Collective discipline is ignored (R-REM-AUTO: individual only). QĐ 50: any individual decision in force bars
/// planning. QĐ 377: a decision in force bars planning; an ended khiển trách or cảnh cáo allows it (case 3); for
/// heavier ended forms we wait for the R-DIS-377A higher-appointment date (our reading, not confirmed).
/// A case still being handled bars planning under both (R-DIS-P2 default reading).
/// </remarks>
public static class DisciplinePlanningRule
{
    /// <summary>R-DIS-50 · QĐ 50; HD 16 §II.11.</summary>
    public static LegalBasis Basis { get; } = DisciplineTimeRule.PlanningBasis;

    /// <summary>R-DIS-377: QĐ 377's three cases; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Qd377Basis { get; } = LegalBasis.Of("R-DIS-377");

    /// <summary>R-DIS-P2: a case under consideration; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis CaseOpenBasis { get; } = LegalBasis.Of("R-DIS-P2");

    /// <summary>Adds every discipline failure to <paramref name="reasons"/>.</summary>
    public static void Check(CadreFacts cadre, DateOnly asOf, RuleSet ruleSet, List<EligibilityReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(reasons);
        var qd377 = ruleSet.DisciplinePolicy switch
        {
            DisciplinePlanningPolicy.BarWhileInForce => false,
            DisciplinePlanningPolicy.Qd377Cases => true,
        };
        var basis = qd377 ? Qd377Basis : Basis;
        foreach (var record in cadre.Disciplines)
        {
            if (record.IsCollective || record.EffectiveOn > asOf)
            {
                continue;
            }

            var status = DisciplineTimeRule.InForceOn(record, asOf, ruleSet.DisciplineWaits, ruleSet.MonthCounting);
            if (status.InForce)
            {
                var until = status.FreeFrom is { } free ? $"; hết hiệu lực từ {Vi(free)}" : string.Empty;
                reasons.Add(new EligibilityReason("DISCIPLINE_IN_FORCE", ReasonSeverity.Failure, $"Đang trong thời hạn kỷ luật ({Name(record.Form)}, từ {Vi(record.EffectiveOn)}{until}).", basis));
            }
            else if (qd377 && record.Form is not (DisciplineForm.KhienTrach or DisciplineForm.CanhCao))
            {
                var clearance = DisciplineTimeRule.HigherAppointmentAllowedFrom([record], ruleSet.DisciplineWaits, ruleSet.MonthCounting);
                if (!clearance.IsAllowedOn(asOf))
                {
                    var from = clearance.AllowedFrom is { } d ? $" trước {Vi(d)}" : string.Empty;
                    reasons.Add(new EligibilityReason("DISCIPLINE_WAIT", ReasonSeverity.Failure, $"Bị kỷ luật {Name(record.Form)}: chưa được quy hoạch vào chức danh cao hơn{from}.", clearance.Basis));
                }
            }
        }

        switch (cadre.Violation)
        {
            case ViolationStatus.None or ViolationStatus.ReviewedWithoutDiscipline or ViolationStatus.NotDisciplinedRemedied:
                break;
            case ViolationStatus.NotDisciplinedNotRemedied:
                if (qd377)
                {
                    reasons.Add(new EligibilityReason("VIOLATION_NOT_REMEDIED", ReasonSeverity.Failure, "Có vi phạm chưa hoàn thành kiểm điểm, khắc phục hậu quả.", Qd377Basis));
                }

                break;
            case ViolationStatus.UnderHandling:
                reasons.Add(new EligibilityReason("DISCIPLINE_CASE_OPEN", ReasonSeverity.Failure, "Đang bị xem xét kỷ luật, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo.", CaseOpenBasis));
                break;
        }
    }

    /// <summary>True when an individual discipline of khiển trách or above is in force (R-REM-AUTO c).</summary>
    public static bool AnyInForce(CadreFacts cadre, DateOnly asOf, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(ruleSet);
        foreach (var record in cadre.Disciplines)
        {
            if (!record.IsCollective && DisciplineTimeRule.InForceOn(record, asOf, ruleSet.DisciplineWaits, ruleSet.MonthCounting).InForce)
            {
                return true;
            }
        }

        return false;
    }

    private static string Vi(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Name(DisciplineForm form) => form switch
    {
        DisciplineForm.KhienTrach => "khiển trách",
        DisciplineForm.CanhCao => "cảnh cáo",
        DisciplineForm.HaBacLuong => "hạ bậc lương",
        DisciplineForm.GiangChuc => "giáng chức",
        DisciplineForm.CachChuc => "cách chức",
        DisciplineForm.BaiNhiem => "bãi nhiệm",
        DisciplineForm.BuocThoiViec => "buộc thôi việc",
        DisciplineForm.KhaiTru => "khai trừ",
    };
}
