namespace QuyHoach.Data.Registry;

/// <summary>
/// Tập thể: a body whose members vote or approve (Ban Thường vụ, Ban Chấp hành, Ban Giám đốc, tập thể lãnh đạo…).
/// <see cref="RegulatedSize"/> is the regulated number of members used by the committee coefficient (R-COEF-1).
/// </summary>
public sealed class Body
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public BodyKind Kind { get; set; }

    /// <summary>Số lượng theo quy định, when the body has one.</summary>
    public int? RegulatedSize { get; set; }

    public List<BodyMembership> Members { get; set; } = [];
}

/// <summary>Loại tập thể.</summary>
public enum BodyKind
{
    /// <summary>Ban Thường vụ.</summary>
    StandingCommittee,

    /// <summary>Ban Chấp hành.</summary>
    ExecutiveCommittee,

    /// <summary>Ban Giám đốc.</summary>
    Directorate,

    /// <summary>Tập thể lãnh đạo.</summary>
    CollectiveLeadership,

    /// <summary>Ủy ban Kiểm tra.</summary>
    InspectionCommittee,

    /// <summary>Tập thể khác.</summary>
    Other,
}

/// <summary>Thành viên tập thể, dated: who sat on the body from when to when.</summary>
public sealed class BodyMembership
{
    public Guid Id { get; set; }

    public Guid BodyId { get; set; }

    public Guid CadreId { get; set; }

    /// <summary>Chức vụ trong tập thể, e.g. "Bí thư", "Ủy viên".</summary>
    public string Position { get; set; } = "";

    /// <summary>Người đứng đầu: decides ties at the final step (R-TIE-1).</summary>
    public bool IsHead { get; set; }

    public DateOnly From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Nguồn gốc: the membership of the predecessor unit's body this one continues (R-ORG-3).</summary>
    public Guid? CarriedFromId { get; set; }
}
