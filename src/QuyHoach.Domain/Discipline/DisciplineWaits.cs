namespace QuyHoach.Domain.Discipline;

/// <summary>
/// Thời hạn kỷ luật: the month counts the discipline time rules use. They are rule-set data, never constants in
/// the rules (R-REG-1, docs/rules/rule-sets.md); QĐ 50 / Luật CBCC 2019 / QĐ 377 values are 12, 12, 24, 24, 36, 60.
/// </summary>
/// <param name="PartyLapseMonths">Party decision lapses this many months after announcement (R-DIS-P1; 12).</param>
/// <param name="StateLightBarMonths">State bar after khiển trách, cảnh cáo, hạ bậc lương (R-DIS-S1; 12).</param>
/// <param name="StateHeavyBarMonths">State bar after giáng chức, cách chức (R-DIS-S1; 24).</param>
/// <param name="HigherAppointmentKhienTrachMonths">QĐ 377 wait after khiển trách (R-DIS-377A; 24).</param>
/// <param name="HigherAppointmentCanhCaoMonths">QĐ 377 wait after cảnh cáo (R-DIS-377A; 36).</param>
/// <param name="HigherAppointmentCachChucMonths">QĐ 377 wait after cách chức (R-DIS-377A; 60).</param>
public sealed record DisciplineWaits(
    int PartyLapseMonths,
    int StateLightBarMonths,
    int StateHeavyBarMonths,
    int HigherAppointmentKhienTrachMonths,
    int HigherAppointmentCanhCaoMonths,
    int HigherAppointmentCachChucMonths);
