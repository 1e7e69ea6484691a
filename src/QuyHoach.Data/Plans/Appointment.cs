namespace QuyHoach.Data.Plans;

/// <summary>
/// Bổ nhiệm vào chức danh quy hoạch: an appointment process started for a planned cadre, accepted only after the wait
/// from approval (R-PRI-8) and while no planning round covering the title is open (R-PRI-7). It ends the plan entry
/// (R-EFF-2) and gives the cadre the title in the registry.
/// </summary>
public sealed class Appointment : RecordedRow
{
    public Guid Id { get; set; }

    public Guid CadreId { get; set; }

    public Guid TitleId { get; set; }

    public Guid PlanEntryId { get; set; }

    /// <summary>Ngày bắt đầu quy trình bổ nhiệm: what R-PRI-8 measures.</summary>
    public DateOnly StartedOn { get; set; }

    public string? DecisionNumber { get; set; }
}
