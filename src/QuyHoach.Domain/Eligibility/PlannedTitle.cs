namespace QuyHoach.Domain.Eligibility;

/// <summary>Đối tượng quy hoạch: one admissible source group of a planned title (R-OBJ-1).</summary>
/// <param name="Number">Đối tượng number (1, 2, …).</param>
/// <param name="CurrentTitleIds">Current titles in the group (equivalents mapped by the caller).</param>
/// <param name="MinimumMonths">Unit-specific minimum months of working life for this group (R-AGE-3), if any.</param>
public sealed record SourceGroup(int Number, IReadOnlyList<string> CurrentTitleIds, int? MinimumMonths = null);

/// <summary>Tiêu chuẩn bắt buộc theo trình độ: a required level and whether it may be completed after planning (R-STD-1).</summary>
/// <typeparam name="TLevel">The level enum.</typeparam>
/// <param name="Level">The required level.</param>
/// <param name="MayCompleteAfterPlanning">True when a shortfall becomes an obligation rather than a failure.</param>
public sealed record RequiredLevel<TLevel>(TLevel Level, bool MayCompleteAfterPlanning)
    where TLevel : struct, Enum;

/// <summary>Tiêu chuẩn chức danh: the level standards of a planned title (R-STD-1/2, R-LLCT-*, R-PRO-1).</summary>
/// <param name="PoliticalTheory">Required LLCT level; a shortfall is always an obligation (R-STD-2).</param>
/// <param name="Professional">Required professional level.</param>
/// <param name="StateManagement">Required QLNN level.</param>
public sealed record TitleStandards(
    PoliticalTheoryLevel? PoliticalTheory = null,
    RequiredLevel<ProfessionalLevel>? Professional = null,
    RequiredLevel<StateManagementLevel>? StateManagement = null);

/// <summary>Chức danh quy hoạch: the title a cadre is planned for (docs/glossary.md).</summary>
/// <param name="Id">Title id.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="Rank">Rank within the unit's hierarchy; higher is senior (R-PRI-4).</param>
/// <param name="Level">Approving level, e.g. <c>province</c> (R-PRI-6 "same level"; R-STR-1 young limit).</param>
/// <param name="Kind">Leadership or committee membership.</param>
/// <param name="Standards">Level standards.</param>
/// <param name="SourceGroups">Admissible source groups; empty means any current title (committee lists).</param>
/// <param name="IsKeyLeadership">A key leadership title (R-STR-4).</param>
public sealed record PlannedTitle(
    string Id,
    string Name,
    int Rank,
    string Level,
    TitleKind Kind,
    TitleStandards Standards,
    IReadOnlyList<SourceGroup> SourceGroups,
    bool IsKeyLeadership = false);
