namespace QuyHoach.Data.Organisations;

/// <summary>Loại tổ chức; stored as text so the database stays readable.</summary>
public enum OrganisationKind
{
    /// <summary>Tỉnh / thành phố trực thuộc Trung ương.</summary>
    Province,

    /// <summary>Sở, ban, ngành cấp tỉnh.</summary>
    Department,

    /// <summary>Phòng, đơn vị trực thuộc.</summary>
    Division,

    /// <summary>Xã, phường, đặc khu.</summary>
    Commune,

    /// <summary>Cơ quan Đảng (Tỉnh ủy, Đảng ủy…).</summary>
    PartyBody,
}
