namespace QuyHoach.Domain.RuleSets;

/// <summary>Chế độ quy định: which Politburo regulation governs a planning round (R-REG-1).</summary>
public enum Regime
{
    /// <summary>Quy định 50-QĐ/TW (27/12/2021 → 07/10/2025).</summary>
    Qd50,

    /// <summary>Quy định 377-QĐ/TW (from 08/10/2025).</summary>
    Qd377,
}
