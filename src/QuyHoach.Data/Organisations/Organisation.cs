namespace QuyHoach.Data.Organisations;

/// <summary>
/// Tổ chức / đơn vị: a node of the organisation tree (province, department, division...). A merged or dissolved
/// unit keeps its history and points to its successor (R-REG-3).
/// </summary>
public sealed class Organisation
{
    public Guid Id { get; set; }

    /// <summary>Mã đơn vị: a short unique code.</summary>
    public string Code { get; set; } = "";

    /// <summary>Tên đơn vị, in Vietnamese.</summary>
    public string Name { get; set; } = "";

    public OrganisationKind Kind { get; set; }

    /// <summary>Cấp hành chính (R-ORG-1); district units are read-only from 01/07/2025 (R-ORG-2).</summary>
    public OrganisationLevel Level { get; set; } = OrganisationLevel.Province;

    /// <summary>The first day the unit no longer exists, set by the merger, split or rename that ended it (R-ORG-3).</summary>
    public DateOnly? EndedOn { get; set; }

    public Guid? ParentId { get; set; }

    public Organisation? Parent { get; set; }

    /// <summary>Đơn vị kế thừa after a merger (R-REG-3).</summary>
    public Guid? SuccessorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
