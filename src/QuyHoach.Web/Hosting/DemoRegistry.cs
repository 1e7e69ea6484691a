namespace QuyHoach.Web.Hosting;

/// <summary>
/// The demo department as in Kế hoạch 331/KH-SCT: its divisions, bodies, the province's BTV and BCH (seated by <see cref="DemoProvince"/>),
/// the two management authorities, the terms, and the titles Giám đốc, Phó Giám đốc, Trưởng phòng, Phó trưởng phòng
/// (plus the chuyên viên position) with their source groups (120 months for đối tượng 2, R-AGE-3) and standards.
/// </summary>
internal static class DemoRegistry
{
    public static readonly string[] Divisions =
    [
        "Văn phòng Sở", "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Phòng Quản lý Công nghiệp",
        "Phòng Quản lý Năng lượng", "Phòng Quản lý Thương mại", "Phòng Kỹ thuật An toàn - Môi trường",
        "Trung tâm Khuyến công và Xúc tiến thương mại",
    ];

    public static DemoStructure Build(QuyHoachDbContext db, Organisation province, Organisation department, DateTimeOffset now)
    {
        var divisions = Divisions.Select((name, i) => new Organisation
        {
            Id = Guid.CreateVersion7(),
            Code = $"{department.Code}-P{i + 1:D2}",
            Name = name,
            Kind = OrganisationKind.Division,
            ParentId = department.Id,
            CreatedAt = now,
        }).ToList();
        db.Organisations.AddRange(divisions);

        db.Terms.AddRange(
            new Term { Id = Guid.CreateVersion7(), Code = "2020-2025", Name = "Nhiệm kỳ 2020 - 2025, 2021 - 2026", PartyStartYear = 2020, PartyEndYear = 2025, StateStartYear = 2021, StateEndYear = 2026 },
            new Term { Id = Guid.CreateVersion7(), Code = "2025-2030", Name = "Nhiệm kỳ 2025 - 2030, 2026 - 2031", PartyStartYear = 2025, PartyEndYear = 2030, StateStartYear = 2026, StateEndYear = 2031 });

        var bodies = new Dictionary<string, Body>
        {
            ["BTV-TU"] = NewBody(province, "NDI-BTV", "Ban Thường vụ Tỉnh ủy", BodyKind.StandingCommittee, 15),
            ["BCH-TU"] = NewBody(province, "NDI-BCH", "Ban Chấp hành Đảng bộ tỉnh", BodyKind.ExecutiveCommittee, 50),
            ["BGD"] = NewBody(department, "NDI-SCT-BGD", "Ban Giám đốc Sở Công Thương", BodyKind.Directorate, 4),
            ["BTV-DU"] = NewBody(department, "NDI-SCT-BTV", "Ban Thường vụ Đảng ủy Sở Công Thương", BodyKind.StandingCommittee, 5),
            ["BCH-DU"] = NewBody(department, "NDI-SCT-BCH", "Ban Chấp hành Đảng bộ Sở Công Thương", BodyKind.ExecutiveCommittee, 11),
        };
        db.Bodies.AddRange(bodies.Values);

        var provincial = new ManagementAuthority
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = province.Id,
            Code = "NDI-DQL-BTV",
            Name = "Diện Ban Thường vụ Tỉnh ủy quản lý",
            ApprovingBodyId = bodies["BTV-TU"].Id,
        };
        var departmental = new ManagementAuthority
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = department.Id,
            Code = "NDI-SCT-DQL",
            Name = "Diện tập thể lãnh đạo Sở quản lý",
            ApprovingBodyId = bodies["BGD"].Id,
        };
        db.ManagementAuthorities.AddRange(provincial, departmental);

        var staff = NewTitle(department, "SCT-CV", "Chuyên viên", 0, PositionKind.Staff, null, null);
        var deputyHead = NewTitle(department, "SCT-PP", "Phó trưởng phòng và tương đương", 10, PositionKind.Leadership, departmental, PoliticalTheoryLevel.Intermediate, seats: 12);
        var head = NewTitle(department, "SCT-TP", "Trưởng phòng và tương đương", 20, PositionKind.Leadership, departmental, PoliticalTheoryLevel.Advanced, seats: 8);
        var deputyDirector = NewTitle(department, "SCT-PGD", "Phó Giám đốc Sở", 30, PositionKind.Leadership, provincial, PoliticalTheoryLevel.Advanced, seats: 3, key: true);
        var director = NewTitle(department, "SCT-GD", "Giám đốc Sở", 40, PositionKind.Leadership, provincial, PoliticalTheoryLevel.Advanced, seats: 1, key: true);
        SourceGroups(director, deputyDirector, head);
        SourceGroups(deputyDirector, head, deputyHead);
        SourceGroups(head, deputyHead, staff);
        SourceGroups(deputyHead, staff, null);
        db.Titles.AddRange(staff, deputyHead, head, deputyDirector, director);
        return new DemoStructure(divisions, bodies, director, deputyDirector, head, deputyHead, staff);
    }

    private static Body NewBody(Organisation organisation, string code, string name, BodyKind kind, int size) =>
        new() { Id = Guid.CreateVersion7(), OrganisationId = organisation.Id, Code = code, Name = name, Kind = kind, RegulatedSize = size };

    private static Title NewTitle(
        Organisation organisation, string code, string name, int rank, PositionKind kind, ManagementAuthority? authority,
        PoliticalTheoryLevel? theory, int? seats = null, bool key = false) => new()
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisation.Id,
            Code = code,
            Name = name,
            Rank = rank,
            Level = "so",
            Kind = kind,
            IsKeyLeadership = key,
            RegulatedSeats = seats,
            TermTrack = TermTrack.State,
            ManagementAuthorityId = authority?.Id,
            RequiredPoliticalTheory = theory,
            RequiredProfessional = kind == PositionKind.Staff ? null : ProfessionalLevel.Bachelor,
            RequiredStateManagement = rank >= 30 ? StateManagementLevel.Principal : null,
            StateManagementMayFollow = rank >= 30,
            StandardsNote = theory is null ? null : "Có trình độ chuyên môn, nghiệp vụ tương ứng với chức danh bổ nhiệm (Nghị quyết 09-NQ/TU); lý luận chính trị theo tiêu chuẩn, nếu đang học hoặc chưa học thì phải có kế hoạch đào tạo sau khi quy hoạch.",
        };

    /// <summary>Đối tượng 1 and 2 of Kế hoạch 331/KH-SCT, mục B.I.2; đối tượng 2 needs 120 months (Kế hoạch 331/KH-SCT, mục B.II.2, R-AGE-3).</summary>
    private static void SourceGroups(Title planned, Title first, Title? second)
    {
        planned.SourceGroups.Add(Group(planned, 1, first, null));
        if (second is not null)
        {
            planned.SourceGroups.Add(Group(planned, 2, second, 120));
        }
    }

    private static TitleSourceGroup Group(Title planned, int number, Title source, int? minimumMonths)
    {
        var group = new TitleSourceGroup { Id = Guid.CreateVersion7(), TitleId = planned.Id, Number = number, MinimumMonths = minimumMonths };
        group.Members.Add(new TitleSourceGroupMember { SourceGroupId = group.Id, SourceTitleId = source.Id });
        return group;
    }
}

/// <summary>What <see cref="DemoRegistry.Build"/> created, for the cadre generator.</summary>
internal sealed record DemoStructure(
    IReadOnlyList<Organisation> Divisions,
    IReadOnlyDictionary<string, Body> Bodies,
    Title Director,
    Title DeputyDirector,
    Title Head,
    Title DeputyHead,
    Title Staff);
