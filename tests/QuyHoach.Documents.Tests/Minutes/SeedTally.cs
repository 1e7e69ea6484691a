using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Word;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Documents.Tests.Minutes;

/// <summary>
/// Step 3 of Kế hoạch 331/KH-SCT (Sở Công Thương Nam Định, April 2022): the key-cadre conference, 45 convened, 40 present,
/// pass at 30 % of those present (12 votes exactly). People are fictional.
/// </summary>
public static class SeedTally
{
    public static readonly IssuingBody PartyBody = new(BodyKind.Party, "Đảng bộ tỉnh Nam Định", "Đảng ủy Sở Công Thương", "Nam Định");

    public static readonly IssuingBody StateBody = new(BodyKind.State, "UBND tỉnh Nam Định", "Sở Công Thương", "Nam Định");

    public static TallyMinutes KeyCadres(IssuingBody? body = null, bool announced = false) => new()
    {
        Body = body ?? PartyBody,
        Number = "Số 07-BB/ĐU",
        Conference = "Hội nghị cán bộ chủ chốt (bước 3)",
        Scope = "các chức danh lãnh đạo Sở Công Thương",
        PlannedTerm = "2025 - 2030",
        Date = new DateOnly(2022, 4, 4),
        Start = new TimeOnly(8, 30),
        End = new TimeOnly(10, 15),
        Venue = "Hội trường Sở Công Thương",
        Chair = new Participant("Trần Văn Hùng", "Bí thư Đảng ủy, Giám đốc Sở"),
        CountingCommittee =
        [
            new CountingMember("Phạm Thị Hương", "Chánh Văn phòng Sở", CountingRole.Head),
            new CountingMember("Lê Minh Đức", "Phó Chánh Văn phòng Sở", CountingRole.Member),
            new CountingMember("Vũ Thị Ngọc Ánh", "Chuyên viên Văn phòng Sở", CountingRole.Member),
        ],
        Counts = new BallotCounts(Convened: 45, Present: 40, Issued: 40, Returned: 40, Valid: 39, Invalid: 1),
        Base = VoteBase.Present,
        Threshold = "từ 30% trở lên so với tổng số người có mặt",
        Announced = announced,
        Titles =
        [
            new TitleTally("Giám đốc Sở",
            [
                new TallyCandidate(1, "Nguyễn Văn Thắng", new PartialDate(1972, 3, 15), Sex.Male, "Phó Giám đốc Sở", "1", 31, true, 1),
                new TallyCandidate(2, "Đỗ Thị Thu Hằng", new PartialDate(1976, 11, 2), Sex.Female, "Phó Giám đốc Sở", "1", 27, true, 2),
                new TallyCandidate(3, "Hoàng Quốc Việt", new PartialDate(1979, 6, 20), Sex.Male, "Trưởng phòng Quản lý công nghiệp", "2", 11, false, 3),
            ]),
            new TitleTally("Phó Giám đốc Sở",
            [
                new TallyCandidate(1, "Bùi Thị Lan", new PartialDate(1980, 1, 9), Sex.Female, "Trưởng phòng Quản lý thương mại", "1", 12, true, 1, "Bằng phiếu"),
                new TallyCandidate(2, "Ngô Đình Khải", new PartialDate(1978, 8, 30), Sex.Male, "Chánh Thanh tra Sở", "1", 12, true, 1, "Bằng phiếu"),
                new TallyCandidate(3, "Trịnh Thị Mai Phương", new PartialDate(1985, 12, 5), Sex.Female, "Phó trưởng phòng Kế hoạch - Tài chính", "2", 0, false, 3),
            ]),
        ],
    };
}
