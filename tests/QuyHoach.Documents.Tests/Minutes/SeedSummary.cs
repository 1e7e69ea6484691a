using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Word;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Documents.Tests.Minutes;

/// <summary>
/// Steps 3–5 of Kế hoạch 331/KH-SCT's build process for the Sở's two leadership titles: key cadres (40 present, ≥ 30 %),
/// the extended leadership (20 present, &gt; 50 %) and the leadership (9 convened, &gt; 50 %). Fictional people,
/// the same as <see cref="SeedTally"/>.
/// </summary>
public static class SeedSummary
{
    public static TallySummary Build(IssuingBody? body = null) => new()
    {
        Body = body ?? SeedTally.StateBody,
        Date = new DateOnly(2022, 4, 8),
        Scope = "các chức danh lãnh đạo Sở Công Thương",
        PlannedTerm = "2025 - 2030",
        Steps =
        [
            new SummaryStep("Bước 3: Hội nghị cán bộ chủ chốt", VoteBase.Present, "từ 30% trở lên so với tổng số người có mặt"),
            new SummaryStep("Bước 4: Hội nghị tập thể lãnh đạo mở rộng", VoteBase.Present, "trên 50% so với tổng số người có mặt"),
            new SummaryStep("Bước 5: Hội nghị tập thể lãnh đạo (lần 2)", VoteBase.Convened, "trên 50% so với tổng số người được triệu tập"),
        ],
        Titles =
        [
            new SummaryTitle("Giám đốc Sở",
            [
                Candidate(1, "Nguyễn Văn Thắng", new PartialDate(1972, 3, 15), Sex.Male, "Phó Giám đốc Sở", "1", new(31, 40, true), new(17, 20, true), new(8, 9, true)),
                Candidate(2, "Đỗ Thị Thu Hằng", new PartialDate(1976, 11, 2), Sex.Female, "Phó Giám đốc Sở", "1", new(27, 40, true), new(14, 20, true), new(6, 9, true)),
                Candidate(3, "Hoàng Quốc Việt", new PartialDate(1979, 6, 20), Sex.Male, "Trưởng phòng Quản lý công nghiệp", "2", new(11, 40, false), null, null),
            ]),
            new SummaryTitle("Phó Giám đốc Sở",
            [
                Candidate(1, "Bùi Thị Lan", new PartialDate(1980, 1, 9), Sex.Female, "Trưởng phòng Quản lý thương mại", "1", new(12, 40, true), new(11, 20, true), new(5, 9, true)),
                Candidate(2, "Ngô Đình Khải", new PartialDate(1978, 8, 30), Sex.Male, "Chánh Thanh tra Sở", "1", new(12, 40, true), new(10, 20, false), null),
                Candidate(3, "Trịnh Thị Mai Phương", new PartialDate(1985, 12, 5), Sex.Female, "Phó trưởng phòng Kế hoạch - Tài chính", "2", new(0, 40, false), null, null),
            ]),
        ],
        Signatures =
        [
            new SignatureColumn(["Người lập biểu"], ["Phạm Thị Hương"]),
            new SignatureColumn(["KT. Giám đốc", "Phó Giám đốc"], ["Nguyễn Văn Thắng"]),
        ],
    };

    private static SummaryCandidate Candidate(int number, string name, PartialDate birth, Sex sex, string title, string group, StepVote? step3, StepVote? step4, StepVote? step5) =>
        new(number, name, birth, sex, title, group, [step3, step4, step5]);
}
