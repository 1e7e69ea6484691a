using QuyHoach.Domain.Voting;

namespace QuyHoach.Documents.Minutes;

/// <summary>The Vietnamese words tally documents print for enum values.</summary>
public static class TallyText
{
    public const string Passed = "Đạt";
    public const string Failed = "Không đạt";
    public const string Sealed = "Kết quả kiểm phiếu không công bố tại hội nghị.";
    public const string Announced = "Kết quả kiểm phiếu được công bố tại hội nghị.";

    public static string Result(bool passed) => passed ? Passed : Failed;

    public static string Of(Sex sex) => sex switch
    {
        Sex.Male => "Nam",
        Sex.Female => "Nữ",
    };

    public static string Of(CountingRole role) => role switch
    {
        CountingRole.Head => "Trưởng ban",
        CountingRole.Member => "Ủy viên",
    };

    /// <summary>"tổng số người có mặt" / "tổng số người được triệu tập".</summary>
    public static string Of(VoteBase voteBase) => voteBase switch
    {
        VoteBase.Present => "tổng số người có mặt",
        VoteBase.Convened => "tổng số người được triệu tập",
    };

    /// <summary>The short column heading of the base in the summary: "Có mặt" / "Triệu tập".</summary>
    public static string ColumnOf(VoteBase voteBase) => voteBase switch
    {
        VoteBase.Present => "Có mặt",
        VoteBase.Convened => "Triệu tập",
    };

    /// <summary>"I. Chức danh quy hoạch: Giám đốc Sở": the group row of a title in tally tables.</summary>
    public static string TitleGroup(int number, string plannedTitle) => $"{Roman(number)}. Chức danh quy hoạch: {plannedTitle}";

    /// <summary>I, II, III… for the title groups (a plan has at most a handful of titles).</summary>
    public static string Roman(int number)
    {
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        string[] tens = ["", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"];
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        return tens[number / 10] + ones[number % 10];
    }
}
