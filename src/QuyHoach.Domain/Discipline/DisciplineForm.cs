namespace QuyHoach.Domain.Discipline;

/// <summary>
/// Hình thức kỷ luật: the forms of discipline, declared from the lightest to the heaviest, so "khiển trách trở lên"
/// is any value, and comparisons follow severity (docs/rules/discipline.md).
/// </summary>
/// <remarks>
/// Not every form exists for every subject: Party members get khiển trách, cảnh cáo, cách chức, khai trừ
/// (QĐ 69-QĐ/TW Điều 7); hạ bậc lương and giáng chức existed for công chức only until 30/6/2025 (NĐ 172/2025
/// abolished them) but old records keep them.
/// </remarks>
public enum DisciplineForm
{
    /// <summary>Khiển trách (reprimand).</summary>
    KhienTrach,

    /// <summary>Cảnh cáo (warning).</summary>
    CanhCao,

    /// <summary>Hạ bậc lương (salary step reduction; công chức until 30/6/2025).</summary>
    HaBacLuong,

    /// <summary>Giáng chức (demotion; công chức with a leadership post until 30/6/2025).</summary>
    GiangChuc,

    /// <summary>Cách chức (removal from post).</summary>
    CachChuc,

    /// <summary>Bãi nhiệm (removal from elected office; cán bộ).</summary>
    BaiNhiem,

    /// <summary>Buộc thôi việc (dismissal from the service).</summary>
    BuocThoiViec,

    /// <summary>Khai trừ (expulsion from the Party).</summary>
    KhaiTru,
}
