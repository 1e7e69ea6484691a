namespace QuyHoach.Data.Plans;

/// <summary>
/// Quyết định về quy hoạch: an approval decision (entries effective from its signing date, R-EFF-1), a removal decision
/// after the removal vote (R-REM-VOTE), or an automatic removal decision issued without a vote (R-REM-AUTO).
/// </summary>
public sealed class PlanDecision : RecordedRow
{
    public Guid Id { get; set; }

    public DecisionKind Kind { get; set; }

    /// <summary>The unit whose plan this is (scope).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>Cấp có thẩm quyền phê duyệt (R-AUTH-1).</summary>
    public Guid ManagementAuthorityId { get; set; }

    public Guid TermId { get; set; }

    /// <summary>The round whose proposals the decision settles; null for an automatic removal.</summary>
    public Guid? RoundId { get; set; }

    /// <summary>Số quyết định, e.g. <c>123-QĐ/TU</c>.</summary>
    public string Number { get; set; } = "";

    public DateOnly SignedOn { get; set; }

    public string SignerName { get; set; } = "";

    public string SignerPosition { get; set; } = "";

    /// <summary>Căn cứ / lý do (automatic removals: the trigger).</summary>
    public string? Reason { get; set; }

    /// <summary>
    /// Cảnh báo khi ghi nhận, one per line, e.g. an approval after the R-AUTH-2 deadline (recorded, not refused); null
    /// when none.
    /// </summary>
    public string? Warnings { get; set; }

    /// <summary>
    /// A decision as it was signed, recorded now by <paramref name="recordedBy"/>: whose plan (unit, approving authority,
    /// term; the round it settles, if any) and the signature. The one place a decision row is put together, for the
    /// handlers and for the demo's archived decisions alike.
    /// </summary>
    public static PlanDecision Signed(
        DecisionKind kind, Guid organisationId, Guid authorityId, Guid termId, Guid? roundId, DecisionSignature signature, string? reason, Guid recordedBy, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return new PlanDecision
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            OrganisationId = organisationId,
            ManagementAuthorityId = authorityId,
            TermId = termId,
            RoundId = roundId,
            Number = signature.Number,
            SignedOn = signature.SignedOn,
            SignerName = signature.SignerName,
            SignerPosition = signature.SignerPosition,
            Reason = reason,
            RecordedByUserId = recordedBy,
            RecordedAt = recordedAt,
        };
    }
}

/// <summary>Số quyết định, ngày ký, người ký and chức vụ người ký of a signed decision.</summary>
public sealed record DecisionSignature(string Number, DateOnly SignedOn, string SignerName, string SignerPosition);

/// <summary>Loại quyết định.</summary>
public enum DecisionKind
{
    /// <summary>Phê duyệt quy hoạch.</summary>
    Approval,

    /// <summary>Đưa ra khỏi quy hoạch sau biểu quyết.</summary>
    Removal,

    /// <summary>Đưa ra khỏi quy hoạch không biểu quyết (đương nhiên).</summary>
    AutomaticRemoval,
}
