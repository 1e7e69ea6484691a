namespace QuyHoach.Data.Planning;

/// <summary>
/// Hội nghị: the meeting of one step. Its convening list is a snapshot of the step's bodies on <see cref="HeldOn"/>
/// plus invitees; attendance is marked on that list and the quorum (R-QUO-1) is computed from it. Below quorum no
/// vote is recorded.
/// </summary>
public sealed class Conference
{
    public Guid Id { get; set; }

    public Guid StepId { get; set; }

    public DateOnly HeldOn { get; set; }

    /// <summary>Địa điểm: where the conference sat, as the minutes print it ("Hội trường tầng 3, Sở Công Thương").
    /// Null when not recorded (conferences opened before 0007, or left blank).</summary>
    public string? Venue { get; set; }

    /// <summary>Giờ bắt đầu: the local (Vietnam) time the conference opened on <see cref="HeldOn"/>. Null when not
    /// recorded.</summary>
    public TimeOnly? StartsAt { get; set; }

    /// <summary>Giờ kết thúc: the local (Vietnam) time the conference ended on <see cref="HeldOn"/>, as staff recorded
    /// it. Null when not recorded: the minutes then leave the time dotted for hand-writing, never a server clock.</summary>
    public TimeOnly? EndsAt { get; set; }

    public Guid OpenedByUserId { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>
    /// PostgreSQL's <c>xmin</c> of the row (a system column: no migration), new after every write. An edit carries the
    /// value it read; saving over a newer row is refused (optimistic concurrency, RowVersion).
    /// </summary>
    public uint Version { get; set; }

    public List<ConvenedMember> Members { get; set; } = [];

    public List<CountingCommitteeMember> Counters { get; set; } = [];
}

/// <summary>Người được triệu tập: one line of the convening list, with attendance.</summary>
public sealed class ConvenedMember
{
    public Guid Id { get; set; }

    public Guid ConferenceId { get; set; }

    /// <summary>The cadre, when in the registry; invitees from elsewhere have only a name.</summary>
    public Guid? CadreId { get; set; }

    public string FullName { get; set; } = "";

    /// <summary>Chức vụ / thành phần, e.g. "Ủy viên Ban Chấp hành", "Trưởng phòng Kinh tế huyện".</summary>
    public string Position { get; set; } = "";

    /// <summary>Thành viên tập thể or khách mời.</summary>
    public bool Invited { get; set; }

    /// <summary>Người đứng đầu tập thể chủ trì on the conference date (R-TIE-1).</summary>
    public bool IsHead { get; set; }

    /// <summary>Có mặt.</summary>
    public bool Present { get; set; }
}

/// <summary>Thành viên tổ kiểm phiếu của hội nghị: an account with the role <c>counter</c>.</summary>
public sealed class CountingCommitteeMember
{
    public Guid ConferenceId { get; set; }

    public Guid UserId { get; set; }
}
