namespace QuyHoach.Domain.RuleSets;

/// <summary>Cách xét kỷ luật khi quy hoạch: how discipline affects planning under a regime.</summary>
public enum DisciplinePlanningPolicy
{
    /// <summary>QĐ 50 (R-DIS-50): any individual discipline in force bars planning; an open case bars it too.</summary>
    BarWhileInForce,

    /// <summary>QĐ 377 (R-DIS-377): planning allowed in its three cases (no-discipline review, not disciplined and
    /// remedied, khiển trách/cảnh cáo whose period has ended).</summary>
    Qd377Cases,
}
