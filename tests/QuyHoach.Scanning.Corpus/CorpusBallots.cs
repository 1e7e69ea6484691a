using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning.Corpus;

/// <summary>The ballots of the test corpus: fictitious people, the shapes a conference prints.</summary>
public static class CorpusBallots
{
    private static readonly BallotHeading Heading = new("Đảng bộ tỉnh Nam Định", "Đảng ủy Sở Công Thương", "Hội nghị cán bộ chủ chốt Sở Công Thương", "Nam Định", new DateOnly(2026, 1, 27));

    private static readonly string[] Names =
    [
        "Hoàng Xuân Hải", "Lê Minh Quang", "Ngô Thị Minh Hằng", "Phạm Văn Đức", "Trần Thị Thu Hương", "Vũ Đình Khoa",
        "Đặng Quốc Việt", "Bùi Thị Lan Anh", "Nguyễn Hữu Thắng", "Đỗ Thị Ngọc Ánh", "Lương Văn Tài", "Trịnh Thị Yến",
        "Phan Đức Long", "Mai Thị Thảo", "Cao Văn Nghĩa", "Hồ Thị Kim Oanh", "Tạ Quang Vinh", "Đinh Thị Huyền",
        "Kiều Văn Sơn", "Lã Thị Nguyệt",
    ];

    private static readonly string[] Posts =
    [
        "Phó trưởng phòng Kế hoạch - Tài chính", "Phó trưởng phòng Quản lý công nghiệp", "Phó Chánh Văn phòng Sở",
        "Phó trưởng phòng Quản lý thương mại", "Phó Chánh Thanh tra Sở", "Phó Giám đốc Trung tâm Khuyến công",
    ];

    /// <summary>Phiếu giới thiệu Trưởng phòng: 6 lines, quota 2, two write-in lines.</summary>
    public static BallotPaper HeadOfDivision { get; } = Paper("TP-2026", BallotPaperKind.Nomination, "Trưởng phòng", 2, 6, 2);

    /// <summary>Phiếu giới thiệu Phó Giám đốc: 4 lines, quota 1, one write-in line.</summary>
    public static BallotPaper DeputyDirector { get; } = Paper("PGD-2026", BallotPaperKind.Nomination, "Phó Giám đốc Sở", 1, 4, 1);

    /// <summary>Phiếu biểu quyết đưa ra khỏi quy hoạch: 3 lines.</summary>
    public static BallotPaper Removal { get; } = Paper("RA-2026", BallotPaperKind.Removal, "Phó trưởng phòng", 3, 3, 0);

    /// <summary>Phiếu giới thiệu Phó trưởng phòng: 20 lines over two pages, quota 3.</summary>
    public static BallotPaper DeputyHeads { get; } = Paper("PTP-2026", BallotPaperKind.Nomination, "Phó trưởng phòng", 3, 20, 1);

    /// <summary>A ballot of another count: its sheets must never be counted here.</summary>
    public static BallotPaper Stranger { get; } = Paper("KHAC-2026", BallotPaperKind.Nomination, "Chánh Văn phòng Sở", 1, 5, 0);

    /// <summary>The ballots of the count.</summary>
    public static IReadOnlyList<BallotPaper> Counted { get; } = [HeadOfDivision, DeputyDirector, Removal, DeputyHeads];

    /// <summary>The phiếu giới thiệu of a conference with <paramref name="titles"/> titles (4 to 12 lines, quota 1 to 3,
    /// one write-in line), as a provincial key-cadre conference prints them.</summary>
    public static IReadOnlyList<BallotPaper> Conference(int titles) => [.. Enumerable.Range(0, titles).Select(t =>
        Paper($"CD{t + 1:00}-2026", BallotPaperKind.Nomination, TitleNames[t % TitleNames.Length], 1 + (t % 3), 4 + (t * 7 % 9), 1))];

    private static readonly string[] TitleNames =
    [
        "Giám đốc Sở", "Phó Giám đốc Sở", "Chánh Văn phòng Sở", "Phó Chánh Văn phòng Sở", "Chánh Thanh tra Sở",
        "Phó Chánh Thanh tra Sở", "Trưởng phòng", "Phó trưởng phòng", "Giám đốc Trung tâm", "Phó Giám đốc Trung tâm",
    ];

    private static BallotPaper Paper(string key, BallotPaperKind kind, string title, int quota, int lines, int writeIns) => new(
        key, kind, Heading, title, quota, OverQuotaInvalid: true,
        [.. Enumerable.Range(0, lines).Select(i => new BallotCandidate($"{key}-L{i + 1}", Names[(i + key.Length) % Names.Length], Posts[i % Posts.Length]))],
        writeIns);
}
