namespace QuyHoach.Data.Plans;

/// <summary>
/// Một cán bộ trong quy hoạch: a cadre planned for a title and term by an approval decision, effective from its
/// signing date (R-EFF-1) until appointment to the title, removal, or the end of the title's term (R-EFF-2).
/// </summary>
public sealed class PlanEntry
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public Guid TitleId { get; set; }

    public Guid TermId { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid ApprovalDecisionId { get; set; }

    /// <summary>= the approval decision's signing date (R-EFF-1).</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>The first day the entry no longer holds; null while it holds (the term's end still applies).</summary>
    public DateOnly? EndedOn { get; set; }

    public PlanEndReason? EndReason { get; set; }

    public Guid? EndDecisionId { get; set; }

    /// <summary>Số quyết định bổ nhiệm when ended by appointment; the R-REM-AUTO trigger codes when removed automatically.</summary>
    public string? EndNote { get; set; }

    /// <summary>Nguồn gốc: the entry of the predecessor unit this one continues after a merger, split or rename (R-ORG-3).</summary>
    public Guid? CarriedFromId { get; set; }

    /// <summary>A cadre planned for a title by an approval decision: in its term and unit, in effect from its signing date (R-EFF-1).</summary>
    public static PlanEntry Approved(PlanDecision decision, Guid cadreId, Guid titleId)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new PlanEntry
        {
            Id = Guid.CreateVersion7(),
            CadreId = cadreId,
            TitleId = titleId,
            TermId = decision.TermId,
            OrganisationId = decision.OrganisationId,
            ApprovalDecisionId = decision.Id,
            EffectiveFrom = decision.SignedOn,
        };
    }
}

/// <summary>Lý do kết thúc quy hoạch (R-EFF-2).</summary>
public enum PlanEndReason
{
    /// <summary>Được bổ nhiệm, bầu vào chức danh quy hoạch.</summary>
    Appointed,

    /// <summary>Đưa ra khỏi quy hoạch sau biểu quyết.</summary>
    Removed,

    /// <summary>Đương nhiên đưa ra khỏi quy hoạch.</summary>
    RemovedAutomatically,

    /// <summary>Chuyển sang đơn vị kế thừa: the unit ended and the entry continues there (R-ORG-3).</summary>
    CarriedOver,
}
