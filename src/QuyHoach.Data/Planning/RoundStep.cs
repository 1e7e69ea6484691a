using QuyHoach.Domain.Voting;

namespace QuyHoach.Data.Planning;

/// <summary>
/// Bước của đợt quy hoạch, from the procedure's template (docs/rules/procedures.md): its bodies (the first presides; its head
/// decides ties, R-TIE-1), the ballot it holds if any, the due and completed dates, and whether its results are
/// announced at the conference (R-DISC-1). Editable until the round starts.
/// </summary>
public sealed class RoundStep
{
    public Guid Id { get; set; }

    public Guid RoundId { get; set; }

    /// <summary>Bước 1, 2, …</summary>
    public int Number { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The ballot held at this step; null for steps without a per-person vote (preparation, adoption).</summary>
    public VoteStep? Vote { get; set; }

    /// <summary>Tập thể chủ trì: its head decides ties; null for the staff's preparation step.</summary>
    public Guid? BodyId { get; set; }

    /// <summary>Kết quả được công bố tại hội nghị (R-DISC-1); otherwise sealed.</summary>
    public bool Announced { get; set; }

    /// <summary>Mời thêm: the convening list includes invitees beyond the bodies (key cadres, extended body).</summary>
    public bool InvitesOthers { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    /// <summary>
    /// PostgreSQL's <c>xmin</c> of the row (a system column: no migration), new after every write. An edit carries the
    /// value it read; saving over a newer row is refused (optimistic concurrency, RowVersion).
    /// </summary>
    public uint Version { get; set; }

    public List<RoundStepBody> ExtraBodies { get; set; } = [];
}

/// <summary>Another body whose members are convened to a step (e.g. BTV Đảng ủy Sở beside Ban Giám đốc).</summary>
public sealed class RoundStepBody
{
    public Guid StepId { get; set; }

    public Guid BodyId { get; set; }
}
