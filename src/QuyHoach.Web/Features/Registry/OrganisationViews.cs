namespace QuyHoach.Web.Features.Registry;

/// <summary>Tiêu chuẩn chức danh, in Vietnamese words.</summary>
public sealed record StandardsView(string? PoliticalTheory, string? Professional, string? StateManagement, string? Note)
{
    /// <summary>Each standard as one line, e.g. "Lý luận chính trị: Cao cấp".</summary>
    public IReadOnlyList<string> Lines =>
    [
        .. Professional is null ? [] : (string[])[$"Chuyên môn: {Professional}"],
        .. PoliticalTheory is null ? [] : (string[])[$"Lý luận chính trị: {PoliticalTheory}"],
        .. StateManagement is null ? [] : (string[])[$"Quản lý nhà nước: {StateManagement}"],
        .. Note is null ? [] : (string[])[Note],
    ];
}

/// <summary>Đối tượng quy hoạch <paramref name="Number"/> of a title: the current titles it draws from.</summary>
public sealed record SourceGroupView(int Number, int? MinimumMonths, IReadOnlyList<string> SourceTitles);

/// <summary>Chức danh with rank, seats, standards and source groups.</summary>
public sealed record TitleView(
    Guid Id,
    string Code,
    string Name,
    Guid OrganisationId,
    int Rank,
    string Level,
    string Kind,
    bool IsKeyLeadership,
    int? RegulatedSeats,
    StandardsView Standards,
    IReadOnlyList<SourceGroupView> SourceGroups);

/// <summary>A current member of a body.</summary>
public sealed record BodyMemberView(Guid CadreId, string FullName, string Position, bool IsHead, DateOnly From, bool InScope);

/// <summary>Tập thể with its current members.</summary>
public sealed record BodyView(
    Guid Id,
    string Code,
    string Name,
    string Kind,
    Guid OrganisationId,
    int? RegulatedSize,
    IReadOnlyList<BodyMemberView> Members);

/// <summary>One organisation of the tree in scope, with its titles and bodies; <see cref="Depth"/> 0 is the root.</summary>
public sealed record OrganisationNode(
    Guid Id,
    string Code,
    string Name,
    Guid? ParentId,
    int Depth,
    IReadOnlyList<TitleView> Titles,
    IReadOnlyList<BodyView> Bodies);
