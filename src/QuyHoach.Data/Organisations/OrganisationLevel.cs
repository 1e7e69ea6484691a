namespace QuyHoach.Data.Organisations;

/// <summary>
/// Cấp hành chính of a unit (R-ORG-1): since 01/07/2025 local government has two levels, province and commune; the
/// district level is kept only for the history of the units that existed before (R-ORG-2). Stored as text.
/// </summary>
public enum OrganisationLevel
{
    /// <summary>Trung ương.</summary>
    Central,

    /// <summary>Cấp tỉnh (tỉnh, thành phố trực thuộc Trung ương, and the province's departments).</summary>
    Province,

    /// <summary>Cấp huyện: history only, no new plan or round dated from 01/07/2025 (R-ORG-2).</summary>
    District,

    /// <summary>Cấp xã (xã, phường, đặc khu).</summary>
    Commune,
}
