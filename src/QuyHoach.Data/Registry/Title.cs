using QuyHoach.Domain.Eligibility;

namespace QuyHoach.Data.Registry;

/// <summary>
/// Chức danh: a position in an organisation. Leadership and committee-membership titles can be planned; staff
/// positions (chuyên viên) only feed source groups. Rank orders titles within one hierarchy (R-PRI-4).
/// </summary>
public sealed class Title
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Thứ bậc: higher is more senior (R-PRI-4: only higher titles are planned).</summary>
    public int Rank { get; set; }

    /// <summary>Cấp (R-PRI-6 counts titles per cadre per level), e.g. "tinh", "so".</summary>
    public string Level { get; set; } = "";

    public PositionKind Kind { get; set; }

    /// <summary>Chức danh lãnh đạo chủ chốt (R-STR-4).</summary>
    public bool IsKeyLeadership { get; set; }

    /// <summary>Số lượng theo quy định (seats).</summary>
    public int? RegulatedSeats { get; set; }

    public TermTrack TermTrack { get; set; }

    public Guid? ManagementAuthorityId { get; set; }

    /// <summary>Tiêu chuẩn lý luận chính trị (R-STD-2).</summary>
    public PoliticalTheoryLevel? RequiredPoliticalTheory { get; set; }

    public ProfessionalLevel? RequiredProfessional { get; set; }

    public bool ProfessionalMayFollow { get; set; }

    public StateManagementLevel? RequiredStateManagement { get; set; }

    /// <summary>The QLNN level may be completed after planning (R-STD-1).</summary>
    public bool StateManagementMayFollow { get; set; }

    /// <summary>Other standards, as written in the unit's plan.</summary>
    public string? StandardsNote { get; set; }

    public List<TitleSourceGroup> SourceGroups { get; set; } = [];
}

/// <summary>Loại vị trí: leadership, committee membership (not counted by R-PRI-6), or staff.</summary>
public enum PositionKind
{
    /// <summary>Chức danh lãnh đạo, quản lý.</summary>
    Leadership,

    /// <summary>Chức danh cấp ủy (ủy viên BCH, BTV, UBKT).</summary>
    CommitteeMembership,

    /// <summary>Không giữ chức vụ (chuyên viên).</summary>
    Staff,
}

/// <summary>
/// Đối tượng quy hoạch: source group <see cref="Number"/> of a title, with the titles whose holders belong to it and
/// its own minimum months of working life, when the unit sets one (R-OBJ-1, R-AGE-3).
/// </summary>
public sealed class TitleSourceGroup
{
    public Guid Id { get; set; }

    public Guid TitleId { get; set; }

    public int Number { get; set; }

    public int? MinimumMonths { get; set; }

    public List<TitleSourceGroupMember> Members { get; set; } = [];
}

/// <summary>One current title whose holders are in a source group.</summary>
public sealed class TitleSourceGroupMember
{
    public Guid SourceGroupId { get; set; }

    public Guid SourceTitleId { get; set; }
}
