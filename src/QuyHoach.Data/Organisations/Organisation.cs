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

    public Guid? ParentId { get; set; }

    public Organisation? Parent { get; set; }

    /// <summary>Đơn vị kế thừa after a merger (R-REG-3).</summary>
    public Guid? SuccessorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
