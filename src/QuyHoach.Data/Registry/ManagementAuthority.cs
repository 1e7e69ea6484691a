namespace QuyHoach.Data.Registry;

/// <summary>
/// Diện quản lý / cấp có thẩm quyền phê duyệt: who approves plans for a set of titles, e.g. BTV Tỉnh ủy for Giám đốc
/// and Phó Giám đốc Sở, the Sở's collective leadership for Trưởng and Phó phòng (R-AUTH-1).
/// </summary>
public sealed class ManagementAuthority
{
    public Guid Id { get; set; }

    /// <summary>The organisation where the authority sits.</summary>
    public Guid OrganisationId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The body that decides (approves) for this authority, when recorded.</summary>
    public Guid? ApprovingBodyId { get; set; }
}
