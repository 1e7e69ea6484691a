namespace QuyHoach.Data.Planning;

/// <summary>
/// Danh sách nguồn (step 1): a candidate for a title with the screening verdict as it was when added, or a cadre
/// already in the plan with the review's outcome (R-REM-AUTO, R-EV-PL1). A candidate who is not eligible is added
/// only with a recorded justification.
/// </summary>
public sealed class SourceListEntry
{
    public Guid Id { get; set; }

    public Guid RoundId { get; set; }

    public Guid TitleId { get; set; }

    public Guid CadreId { get; set; }

    public SourceEntryKind Kind { get; set; }

    /// <summary>Kết luận xét điều kiện: Eligible, EligibleWithObligations, NotEligible (snapshot).</summary>
    public string Outcome { get; set; } = "";

    /// <summary>Every reason of the verdict, as JSON (code, severity, message, rule id).</summary>
    public string ReasonsJson { get; set; } = "[]";

    public int MonthsRemaining { get; set; }

    public int RequiredMonths { get; set; }

    public int? SourceGroup { get; set; }

    /// <summary>Tháng bắt đầu tính thời gian công tác còn lại (<c>yyyy-MM</c>): the round's reference month, or the next term's first month (R-AGE-1).</summary>
    public string? AgeReference { get; set; }

    /// <summary>Rule set id and version the verdict was taken under, e.g. <c>qd50-nam-dinh@2022.1</c>.</summary>
    public string RuleSetRef { get; set; } = "";

    /// <summary>Lý do bổ sung: required when the candidate is not eligible.</summary>
    public string? Justification { get; set; }

    /// <summary>Plan members only: automatic removal, removal vote, or keep.</summary>
    public PlanMemberAction? Action { get; set; }

    /// <summary>Căn cứ đề nghị đưa ra khỏi quy hoạch (plan members put to the vote).</summary>
    public string? Grounds { get; set; }

    public Guid AddedByUserId { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>Loại dòng trong danh sách nguồn.</summary>
public enum SourceEntryKind
{
    /// <summary>Nhân sự bổ sung (giới thiệu mới).</summary>
    Candidate,

    /// <summary>Cán bộ đang trong quy hoạch (rà soát).</summary>
    PlanMember,
}

/// <summary>Kết quả rà soát cán bộ đang trong quy hoạch.</summary>
public enum PlanMemberAction
{
    /// <summary>Tiếp tục quy hoạch.</summary>
    Keep,

    /// <summary>Đương nhiên ra khỏi quy hoạch, không bỏ phiếu (R-REM-AUTO).</summary>
    AutomaticRemoval,

    /// <summary>Đưa ra biểu quyết đưa ra khỏi quy hoạch ở bước 1 (R-REM-VOTE, R-EV-PL1).</summary>
    RemovalVote,
}
