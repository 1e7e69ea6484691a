namespace QuyHoach.Cli.Commands.Generate;

/// <summary>One rung of a title ladder: its key, Vietnamese name, rank, and the two source groups below it.</summary>
/// <param name="Key">Short key, part of the title's code.</param>
/// <param name="Name">Tên chức danh.</param>
/// <param name="Rank">Higher is senior (0 for staff).</param>
/// <param name="Share">Share of the unit's cadres holding it, in tenths of a percent.</param>
/// <param name="Key1">Đối tượng 1 (the rung its first source group is), if any.</param>
/// <param name="Key2">Đối tượng 2, if any.</param>
/// <param name="Party">Follows the Party congress term (else the State term).</param>
internal sealed record Rung(string Key, string Name, int Rank, int Share, string? Key1, string? Key2, bool Party = false)
{
    public bool Staff => Rank == 0;

    public bool KeyLeadership => Rank >= 40;
}

/// <summary>The two title ladders every generated province has: its departments' and its communes'.</summary>
internal static class Ladders
{
    /// <summary>Cấp sở (level <c>so</c>), as the demo department.</summary>
    public static IReadOnlyList<Rung> Department { get; } =
    [
        new("CV", "Chuyên viên", 0, 720, null, null),
        new("PTP", "Phó Trưởng phòng và tương đương", 10, 140, "CV", null),
        new("TP", "Trưởng phòng và tương đương", 20, 80, "PTP", "CV"),
        new("PGD", "Phó Giám đốc Sở", 30, 45, "TP", "PTP"),
        new("GD", "Giám đốc Sở", 40, 15, "PGD", "TP"),
    ];

    /// <summary>Cấp xã (level <c>commune</c>), after the two-level local government of 01/07/2025.</summary>
    public static IReadOnlyList<Rung> Commune { get; } =
    [
        new("CC", "Công chức cấp xã", 0, 700, null, null),
        new("PTPX", "Phó Trưởng phòng thuộc Ủy ban nhân dân xã", 10, 120, "CC", null),
        new("TPX", "Trưởng phòng thuộc Ủy ban nhân dân xã", 20, 90, "PTPX", "CC"),
        new("PCT", "Phó Chủ tịch Ủy ban nhân dân xã", 30, 50, "TPX", "PTPX"),
        new("CT", "Chủ tịch Ủy ban nhân dân xã", 40, 20, "PCT", "TPX"),
        new("BT", "Bí thư Đảng ủy xã", 50, 20, "CT", "PCT", Party: true),
    ];
}

/// <summary>What the structure step created for one province: the ids the cadre step draws from.</summary>
/// <param name="Id">The province's organisation.</param>
/// <param name="Name">Its name.</param>
/// <param name="AuthorityId">Its management authority (Ban Thường vụ Tỉnh ủy / Thành ủy).</param>
/// <param name="Divisions">Phòng of its sở.</param>
/// <param name="Communes">Its xã and phường.</param>
/// <param name="DepartmentTitles">Title id per rung key of <see cref="Ladders.Department"/>.</param>
/// <param name="CommuneTitles">Title id per rung key of <see cref="Ladders.Commune"/>.</param>
internal sealed record ProvinceShape(
    Guid Id,
    string Name,
    Guid AuthorityId,
    IReadOnlyList<Guid> Divisions,
    IReadOnlyList<Guid> Communes,
    IReadOnlyDictionary<string, Guid> DepartmentTitles,
    IReadOnlyDictionary<string, Guid> CommuneTitles);

/// <summary>The whole generated structure.</summary>
/// <param name="Provinces">34 provinces.</param>
/// <param name="TermId">The 2025–2030 term.</param>
/// <param name="UserId">The account recorded as having made the generated rounds and decisions (cannot sign in).</param>
/// <param name="Organisations">Rows written to <c>organisations</c>.</param>
/// <param name="Titles">Rows written to <c>titles</c>.</param>
internal sealed record RegistryShape(IReadOnlyList<ProvinceShape> Provinces, Guid TermId, Guid UserId, int Organisations, int Titles);
