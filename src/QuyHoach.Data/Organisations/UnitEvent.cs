namespace QuyHoach.Data.Organisations;

/// <summary>
/// Sự kiện đơn vị: on <see cref="EffectiveOn"/> the predecessor units end and their successors carry on (R-ORG-3): a
/// merger (hợp nhất, sáp nhập), a split (chia tách) or a rename (đổi tên). Titles map old → new (<see cref="Titles"/>);
/// the cadres who moved are in <see cref="Cadres"/>, so a cadre's unit on an earlier day can still be read (R-ORG-4).
/// </summary>
public sealed class UnitEvent
{
    /// <summary>One event per request key (migration 0028): a second submit of the same form finds the first.</summary>
    public const string RequestKeyIndex = "ux_unit_events_request_key";

    /// <summary>A unit ends once (migration 0028): a second event ending the same unit is refused by the database.</summary>
    public const string PredecessorIndex = "ux_unit_event_units_predecessor";

    public Guid Id { get; set; }

    public UnitEventKind Kind { get; set; }

    /// <summary>The first day the successors hold what the predecessors held.</summary>
    public DateOnly EffectiveOn { get; set; }

    /// <summary>Văn bản làm căn cứ (e.g. "Nghị quyết 202/2025/QH15").</summary>
    public string Basis { get; set; } = "";

    public Guid RequestKey { get; set; }

    public Guid RecordedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public List<UnitEventUnit> Units { get; set; } = [];

    public List<UnitEventTitle> Titles { get; set; } = [];

    public List<UnitEventCadre> Cadres { get; set; } = [];
}

/// <summary>Loại sự kiện đơn vị (R-ORG-3).</summary>
public enum UnitEventKind
{
    /// <summary>Hợp nhất, sáp nhập: several units into one.</summary>
    Merge,

    /// <summary>Chia tách: one unit into several.</summary>
    Split,

    /// <summary>Đổi tên: one unit continues under a new name.</summary>
    Rename,
}

/// <summary>A unit the event ends (<see cref="IsPredecessor"/>) or carries on into.</summary>
public sealed class UnitEventUnit
{
    public Guid EventId { get; set; }

    public Guid OrganisationId { get; set; }

    public bool IsPredecessor { get; set; }
}

/// <summary>Chức danh cũ → chức danh mới: what an assignment, a plan entry of the old title becomes (R-ORG-3).</summary>
public sealed class UnitEventTitle
{
    public Guid EventId { get; set; }

    public Guid OldTitleId { get; set; }

    public Guid NewTitleId { get; set; }
}

/// <summary>A cadre the event moved from <see cref="FromOrganisationId"/> to <see cref="ToOrganisationId"/> (R-ORG-4).</summary>
public sealed class UnitEventCadre
{
    public Guid EventId { get; set; }

    public Guid CadreId { get; set; }

    public Guid FromOrganisationId { get; set; }

    public Guid ToOrganisationId { get; set; }
}
