using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;
using QuyHoach.Domain.Common;

namespace QuyHoach.Documents.Tests.Decisions;

/// <summary>
/// The 2026 review of the plan of Sở Công Thương tỉnh Nam Định for the term 2025-2030, approved by the Ban Thường vụ
/// Tỉnh ủy on 30/11/2026. People are fictional.
/// </summary>
public static class SeedDecisions
{
    public static readonly IssuingBody PartyUnit = new(BodyKind.Party, "Đảng bộ tỉnh Nam Định", "Đảng ủy Sở Công Thương", "Nam Định");

    public static readonly IssuingBody StateUnit = new(BodyKind.State, "UBND tỉnh Nam Định", "Sở Công Thương", "Nam Định");

    public static readonly IssuingBody ProvincialCommittee = new(BodyKind.Party, "", "Tỉnh ủy Nam Định", "Nam Định");

    /// <summary>The unit whose cadres are planned.</summary>
    public const string Scope = "Sở Công Thương tỉnh Nam Định";

    public const string Term = "2025-2030";

    public static readonly DateOnly SignedOn = new(2026, 11, 30);

    public static readonly RoundInfo Round = new("Rà soát, bổ sung quy hoạch năm 2026", Term, "rà soát, bổ sung quy hoạch");

    public static readonly SignatureColumn ProvincialSigner = new(["T/M Ban Thường vụ", "Phó Bí thư Thường trực"], ["Trần Quốc Bảo"]);

    public static readonly SignatureColumn PartySecretary = new(["T/M Đảng ủy", "Bí thư"], ["Trần Văn Hùng"]);

    public static readonly SignatureColumn Director = new(["Giám đốc"], ["Trần Văn Hùng"]);

    public static PlannedPerson Anh { get; } = new(
        "Nguyễn Thị Ánh", new PartialDate(1978, 4, 12), Sex.Female, "Kinh", "xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định",
        new DateOnly(2002, 5, 19), "Phó Giám đốc Sở", "Thạc sĩ Kinh tế", "Cao cấp", "Chuyên viên cao cấp",
        "2023: HTXSNV; 2024: HTXSNV; 2025: HTTNV");

    public static PlannedPerson Thang { get; } = new(
        "Nguyễn Văn Thắng", new PartialDate(1975), Sex.Male, "Kinh", "xã Nghĩa Hưng, huyện Nghĩa Hưng, tỉnh Nam Định",
        new DateOnly(1999, 3, 26), "Phó Giám đốc Sở", "Tiến sĩ Quản lý công nghiệp", "Cao cấp", "Chuyên viên chính",
        "2023: HTTNV; 2024: HTXSNV; 2025: HTXSNV");

    public static PlannedPerson Lan { get; } = new(
        "Bùi Thị Lan", new PartialDate(1984, 9), Sex.Female, "Tày", "xã Yên Lạc, huyện Ý Yên, tỉnh Nam Định",
        new DateOnly(2008, 12, 22), "Trưởng phòng Quản lý thương mại", "Thạc sĩ Quản trị kinh doanh", "Cao cấp", "Chuyên viên chính",
        "2023: HTTNV; 2024: HTTNV; 2025: HTXSNV");

    public static PlannedPerson Khai { get; } = new(
        "Ngô Đình Khải", new PartialDate(1980, 8, 30), Sex.Male, "Kinh", "phường Trần Hưng Đạo, thành phố Nam Định",
        new DateOnly(2005, 2, 3), "Chánh Thanh tra Sở", "Cử nhân Luật", "Cao cấp", "Chuyên viên chính",
        "2023: HTTNV; 2024: HTTNV; 2025: HTTNV", "Bổ sung năm 2026");

    public static PlannedPerson Formula { get; } = Anh with { FullName = "=HYPERLINK(\"http://x\")", Note = "+1" };

    public static IReadOnlyList<TitleGroup> Titles { get; } =
    [
        new TitleGroup("Giám đốc Sở", [Anh, Thang]),
        new TitleGroup("Phó Giám đốc Sở", [Lan, Khai]),
    ];

    public static RemovalLine Died { get; } = new(
        "Phạm Văn Hòa", new PartialDate(1970, 2, 14), "Phó Giám đốc Sở", "Giám đốc Sở", RemovalGround.Death, "từ trần ngày 02/8/2026");

    public static RemovalLine Disciplined { get; } = new(
        "Lê Thị Hạnh", new PartialDate(1979, 6), "Trưởng phòng Kế hoạch - Tài chính", "Phó Giám đốc Sở", RemovalGround.Discipline,
        "Quyết định số 45-QĐ/UBKTTU ngày 12/9/2026 thi hành kỷ luật khiển trách");

    public static RemovalLine VotedOut { get; } = new(
        "Đặng Minh Tuấn", new PartialDate(1977, 1, 5), "Trưởng phòng Quản lý công nghiệp", "Phó Giám đốc Sở", RemovalGround.Vote,
        "không hoàn thành nhiệm vụ năm 2025; 8/11 thành viên Đảng ủy đồng ý");

    public static IReadOnlyList<RemovalLine> Removals { get; } = [Died, Disciplined, VotedOut];

    public static Submission Submission(IssuingBody? body = null) => new()
    {
        Body = body ?? PartyUnit,
        Number = (body ?? PartyUnit).Kind == BodyKind.Party ? "Số 15-TTr/ĐU" : "Số: 15/TTr-SCT",
        Date = new DateOnly(2026, 10, 20),
        Recipient = "Ban Thường vụ Tỉnh ủy",
        Scope = Scope,
        Round = Round,
        Bases =
        [
            "Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;",
            "Căn cứ Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương về một số nội dung cụ thể về công tác quy hoạch cán bộ;",
        ],
        Steps =
        [
            new ProcedureStep("Hội nghị tập thể lãnh đạo (lần 1)", new DateOnly(2026, 9, 8), ["Triệu tập 11, có mặt 11.", "Đưa ra khỏi quy hoạch khi trên 50% so với tổng số người được triệu tập đồng ý."]),
            new ProcedureStep("Hội nghị cán bộ chủ chốt", new DateOnly(2026, 9, 22), ["Triệu tập 45, có mặt 40.", "Giới thiệu đạt từ 30% trở lên so với tổng số người có mặt."]),
            new ProcedureStep("Hội nghị Ban Chấp hành Đảng bộ Sở", new DateOnly(2026, 9, 29), ["Triệu tập 11, có mặt 10.", "Giới thiệu đạt trên 50% so với tổng số người có mặt."]),
            new ProcedureStep("Hội nghị tập thể lãnh đạo (lần 2)", new DateOnly(2026, 10, 6), ["Triệu tập 11, có mặt 11.", "Đạt khi trên 50% so với tổng số người được triệu tập."]),
        ],
        Proposed =
        [
            new ProposedTitle("Giám đốc Sở",
            [
                new ProposedPerson(Anh.FullName, Anh.BirthDate, Anh.CurrentPosition, 9, 11),
                new ProposedPerson(Thang.FullName, Thang.BirthDate, Thang.CurrentPosition, 7, 11),
            ]),
            new ProposedTitle("Phó Giám đốc Sở",
            [
                new ProposedPerson(Lan.FullName, Lan.BirthDate, Lan.CurrentPosition, 11, 11),
                new ProposedPerson(Khai.FullName, Khai.BirthDate, Khai.CurrentPosition, 6, 11),
            ]),
        ],
        Removals = Removals,
        Request = "Đảng ủy Sở Công Thương kính đề nghị Ban Thường vụ Tỉnh ủy xem xét, phê duyệt./.",
        Signer = (body ?? PartyUnit).Kind == BodyKind.Party ? PartySecretary : Director,
        Recipients = ["Như trên", "Ban Tổ chức Tỉnh ủy", "Lưu Văn phòng Đảng ủy"],
    };

    public static ApprovalDecision Approval(IssuingBody? body = null) => new()
    {
        Frame = new()
        {
            Body = body ?? ProvincialCommittee,
            Number = (body ?? ProvincialCommittee).Kind == BodyKind.Party ? "Số 123-QĐ/TU" : "Số: 123/QĐ-SCT",
            SignedOn = SignedOn,
            Authority = (body ?? ProvincialCommittee).Kind == BodyKind.Party ? "Ban Thường vụ Tỉnh ủy" : "Giám đốc Sở Công Thương",
            Scope = Scope,
            Term = Term,
            Bases =
            [
                "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                "Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;",
                "Căn cứ Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương về một số nội dung cụ thể về công tác quy hoạch cán bộ;",
            ],
            Proposer = "Ban Tổ chức Tỉnh ủy",
            Responsible = ["Ban Tổ chức Tỉnh ủy", "Đảng ủy Sở Công Thương"],
            Signer = (body ?? ProvincialCommittee).Kind == BodyKind.Party ? ProvincialSigner : Director,
            Recipients = ["Như Điều 3", "Thường trực Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"],
        },
        Titles = Titles,
    };

    public static RemovalDecision Removal(IssuingBody? body = null) => new()
    {
        Frame = new()
        {
            Body = body ?? ProvincialCommittee,
            Number = "Số 130-QĐ/TU",
            SignedOn = SignedOn,
            Authority = "Ban Thường vụ Tỉnh ủy",
            Scope = Scope,
            Term = Term,
            Bases = ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ;"],
            Proposer = "Ban Tổ chức Tỉnh ủy",
            Responsible = ["Ban Tổ chức Tỉnh ủy", "Đảng ủy Sở Công Thương"],
            Signer = ProvincialSigner,
            Recipients = ["Như Điều 3", "Lưu Văn phòng Tỉnh ủy"],
        },
        EffectiveFrom = SignedOn,
        Lines = Removals,
    };

    public static SummaryList SummaryList(IssuingBody? body = null) => new()
    {
        Body = body ?? StateUnit,
        Number = null,
        Date = new DateOnly(2026, 10, 20),
        Scope = Scope,
        Term = Term,
        Titles = Titles,
        Signatures = [new SignatureColumn(["Người lập biểu"], ["Vũ Thị Ngọc Ánh"]), Director],
    };

    public static DisclosureNotice Notice() => new()
    {
        Body = PartyUnit,
        Number = "Số 20-TB/ĐU",
        Date = new DateOnly(2026, 12, 5),
        DecisionReference = "Quyết định số 123-QĐ/TU và Quyết định số 130-QĐ/TU ngày 30/11/2026 của Ban Thường vụ Tỉnh ủy",
        Scope = Scope,
        Term = Term,
        Approved = Titles,
        Removed = Removals,
        NotifiedTo = ["Ban Chấp hành Đảng bộ Sở", "tập thể lãnh đạo Sở", "các đồng chí có tên trong danh sách"],
        Within = "Đảng ủy, tập thể lãnh đạo Sở Công Thương và cán bộ có tên trong danh sách",
        Signer = PartySecretary,
        Recipients = ["Ban Tổ chức Tỉnh ủy", "Các đồng chí Đảng ủy viên", "Lưu Văn phòng Đảng ủy"],
    };

    public static HigherLevelReport Report() => new()
    {
        Body = PartyUnit,
        Number = "Số 45-BC/ĐU",
        Date = new DateOnly(2026, 12, 15),
        Recipient = "Ban Tổ chức Tỉnh ủy",
        Scope = Scope,
        Round = Round,
        DecisionReference = "Quyết định số 123-QĐ/TU ngày 30/11/2026 của Ban Thường vụ Tỉnh ủy",
        Counts = [new TitleCount("Giám đốc Sở", 3, 1, 1), new TitleCount("Phó Giám đốc Sở", 9, 2, 2)],
        Structure = new PlanStructure(Total: 12, Women: 3, Young: 2, YoungLabel: "dưới 45 tuổi", EthnicMinority: 1),
        Added = [new TitleGroup("Giám đốc Sở", [Anh]), new TitleGroup("Phó Giám đốc Sở", [Lan, Khai])],
        Removed = Removals,
        Signer = PartySecretary,
        Recipients = ["Như trên", "Lưu Văn phòng Đảng ủy"],
    };

    public static PlannedList PlannedList() => new(Scope, Term, Titles);
}
