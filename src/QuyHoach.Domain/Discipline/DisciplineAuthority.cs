namespace QuyHoach.Domain.Discipline;

/// <summary>Thẩm quyền kỷ luật: whether a discipline decision is a Party one or a State one (docs/rules/discipline.md).</summary>
public enum DisciplineAuthority
{
    /// <summary>Kỷ luật Đảng (QĐ 69-QĐ/TW; Điều lệ Đảng Điều 35).</summary>
    Party,

    /// <summary>Kỷ luật hành chính (Luật CBCC; NĐ 112/2020, NĐ 172/2025).</summary>
    State,
}
