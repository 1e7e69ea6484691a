namespace QuyHoach.Data.Planning;

/// <summary>
/// Đợt quy hoạch: one run of the build (5 steps) or annual-review (4 steps) procedure for the titles of one
/// management authority (R-AUTH-1), in one organisation, for one term and reference month. The rule set is recorded
/// and frozen when the first conference opens (R-REG-1); a closed round is never re-evaluated.
/// </summary>
public sealed class PlanningRound : CreatedRow
{
    /// <summary>One round per user and request key (migration 0021).</summary>
    public const string RequestKeyIndex = "ux_planning_rounds_request_key";

    /// <summary>planning_rounds.request_key is varchar(100).</summary>
    public const int MaxRequestKeyLength = 100;

    public Guid Id { get; set; }

    /// <summary>Đơn vị tiến hành: the organisation that runs the procedure (its bodies vote; scope).</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>Cấp có thẩm quyền phê duyệt (R-AUTH-1).</summary>
    public Guid ManagementAuthorityId { get; set; }

    public Guid TermId { get; set; }

    public RoundKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Tháng tham chiếu tính tuổi (R-AGE-1/2), as year and month.</summary>
    public int ReferenceYear { get; set; }

    public int ReferenceMonth { get; set; }

    /// <summary>Bộ quy tắc: chosen at creation (e.g. a province override) or, when null, the base set in force on
    /// the first conference's date; fixed from <see cref="RuleSetFrozenAt"/>.</summary>
    public string? RuleSetId { get; set; }

    public string? RuleSetVersion { get; set; }

    public DateTimeOffset? RuleSetFrozenAt { get; set; }

    /// <summary>Phiên bản bộ quy tắc: the stored version the round runs under (R-REG-4), set when the set is chosen
    /// and fixed at the first conference; null for rounds that never chose one. Loaded with every round.</summary>
    public Guid? RuleSetVersionId { get; set; }

    public RuleSets.RuleSetRecord? FrozenRuleSet { get; set; }

    public RoundStatus Status { get; set; }

    /// <summary>The creating request's key (the form's hidden field or the API's Idempotency-Key): unique per user, so a
    /// request sent twice finds the round the first one made (migration 0021).</summary>
    public string? RequestKey { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Hủy đợt: when, by whom and why the round was cancelled (null unless <see cref="RoundStatus.Cancelled"/>).</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    public Guid? CancelledByUserId { get; set; }

    public string? CancellationReason { get; set; }

    public List<RoundTitle> Titles { get; set; } = [];

    public List<RoundStep> Steps { get; set; } = [];
}

/// <summary>Loại đợt quy hoạch.</summary>
public enum RoundKind
{
    /// <summary>Xây dựng quy hoạch nhiệm kỳ kế tiếp (5 bước, docs/rules/steps.md).</summary>
    NextTermBuild,

    /// <summary>Rà soát, bổ sung quy hoạch hằng năm (4 bước, docs/rules/procedures.md).</summary>
    AnnualReview,
}

/// <summary>Trạng thái đợt quy hoạch.</summary>
public enum RoundStatus
{
    /// <summary>Dự thảo: steps may still be edited.</summary>
    Draft,

    /// <summary>Đang tiến hành: a conference has opened; the rule set is frozen.</summary>
    InProgress,

    /// <summary>Đã kết thúc.</summary>
    Closed,

    /// <summary>Đã hủy: stopped before its end; what it recorded stays (sealed results stay sealed), nothing changes
    /// any more, and it no longer holds up appointments (R-PRI-7).</summary>
    Cancelled,
}

/// <summary>Chức danh trong đợt: a title in scope with the number to fill (R-RANK-1: the unit's target, ≤ the cap).</summary>
public sealed class RoundTitle
{
    public Guid RoundId { get; set; }

    public Guid TitleId { get; set; }

    /// <summary>Số lượng cần lấy từ trên xuống ở bước cuối.</summary>
    public int Quota { get; set; }
}
