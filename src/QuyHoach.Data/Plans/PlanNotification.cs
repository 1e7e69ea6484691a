namespace QuyHoach.Data.Plans;

/// <summary>
/// Thông báo công khai: one notification of an approval or removal decision to a named body or person (R-PUB-2), or
/// the sending of a higher level's list down to the unit (R-PUB-3). Recipients with an account see it in the app.
/// Nothing is ever published outside the system.
/// </summary>
public sealed class PlanNotification : RecordedRow
{
    public Guid Id { get; set; }

    public Guid DecisionId { get; set; }

    public RecipientKind RecipientKind { get; set; }

    /// <summary>Tên cơ quan, tập thể hoặc cá nhân được thông báo.</summary>
    public string RecipientName { get; set; } = "";

    /// <summary>The recipient's account, when they have one (in-app notice).</summary>
    public Guid? RecipientUserId { get; set; }

    /// <summary>The unit the list is sent down to (R-PUB-3): its accounts see the notice.</summary>
    public Guid? RecipientOrganisationId { get; set; }

    public DateOnly NotifiedOn { get; set; }
}

/// <summary>Đối tượng được thông báo.</summary>
public enum RecipientKind
{
    /// <summary>Tập thể (cấp ủy, tập thể lãnh đạo).</summary>
    Body,

    /// <summary>Cá nhân.</summary>
    Person,

    /// <summary>Đơn vị cấp dưới (gửi xuống).</summary>
    Unit,
}
