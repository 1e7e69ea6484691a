namespace QuyHoach.Data.Development;

/// <summary>
/// Một việc của kế hoạch phát triển cán bộ trong quy hoạch (R-USE-2): an obligation of the screening verdict to
/// complete by its due date, or a training course, rotation or secondment the staff add, for one plan entry. Closed
/// with evidence (a certificate or decision file), which writes the qualification or assignment to the registry.
/// </summary>
public sealed class DevelopmentItem : CreatedRow
{
    public Guid Id { get; set; }

    public Guid PlanEntryId { get; set; }

    public Guid CadreId { get; set; }

    /// <summary>The plan entry's unit: the scope the item is read in.</summary>
    public Guid OrganisationId { get; set; }

    public DevelopmentItemKind Kind { get; set; }

    /// <summary>
    /// One item per entry and key: <c>obligation:CODE</c> for an obligation (generation is idempotent), else the kind,
    /// the post or folded content and the start day (a repeated submit finds the row already there).
    /// </summary>
    public string ItemKey { get; set; } = "";

    /// <summary>The verdict's reason code for an obligation (e.g. <c>LLCT_STUDYING</c>); null for the staff's items.</summary>
    public string? ObligationCode { get; set; }

    /// <summary>Nội dung: what is to be done, in Vietnamese.</summary>
    public string Content { get; set; } = "";

    /// <summary>Rule id the due date comes from (R-…), for obligations.</summary>
    public string? RuleId { get; set; }

    /// <summary>Hạn hoàn thành.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>Đơn vị chủ trì: the unit responsible.</summary>
    public Guid ResponsibleOrganisationId { get; set; }

    /// <summary>Rotation or secondment: the post (title) the cadre goes to.</summary>
    public Guid? TitleId { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public DevelopmentItemStatus Status { get; set; }

    /// <summary>Ngày của văn bản chứng minh (ngày cấp chứng chỉ, ngày ký quyết định): the registry's date.</summary>
    public DateOnly? EvidenceDate { get; set; }

    /// <summary>Số hiệu chứng chỉ, số quyết định.</summary>
    public string? EvidenceNumber { get; set; }

    public string? EvidenceFileName { get; set; }

    public string? EvidenceContentType { get; set; }

    /// <summary>SHA-256 of the evidence file, lower-case hex.</summary>
    public string? EvidenceSha256 { get; set; }

    public byte[]? EvidenceContent { get; set; }

    public Guid? ClosedByUserId { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>Loại việc của kế hoạch phát triển.</summary>
public enum DevelopmentItemKind
{
    /// <summary>Nghĩa vụ theo kết quả xét điều kiện (tiêu chuẩn phải hoàn thiện sau quy hoạch).</summary>
    Obligation,

    /// <summary>Khóa đào tạo, bồi dưỡng.</summary>
    Training,

    /// <summary>Luân chuyển đến một vị trí trong một thời gian.</summary>
    Rotation,

    /// <summary>Biệt phái.</summary>
    Secondment,
}

/// <summary>Tình trạng việc.</summary>
public enum DevelopmentItemStatus
{
    /// <summary>Đang thực hiện.</summary>
    Open,

    /// <summary>Đã hoàn thành (có văn bản chứng minh).</summary>
    Done,
}
