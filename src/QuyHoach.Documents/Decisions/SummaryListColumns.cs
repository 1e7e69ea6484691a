namespace QuyHoach.Documents.Decisions;

/// <summary>The columns of the danh sách trích ngang, shared by the Word and PDF renderings.</summary>
public static class SummaryListColumns
{
    public static IReadOnlyList<string> Headers { get; } =
    [
        "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Quê quán", "Ngày vào Đảng", "Chức vụ hiện tại",
        "Trình độ chuyên môn", "Lý luận chính trị", "QLNN", "Đánh giá (3 năm gần nhất)", "Ghi chú",
    ];

    /// <summary>Relative widths for landscape A4; narrow columns hold their longest word at 9 pt.</summary>
    public static IReadOnlyList<int> Weights { get; } = [35, 130, 75, 50, 50, 130, 75, 140, 110, 75, 85, 130, 75];

    /// <summary>The columns aligned left (long text); the others are centred.</summary>
    public static IReadOnlySet<int> Left { get; } = new HashSet<int> { 1, 5, 7, 8, 11, 12 };

    public static IReadOnlyList<string> Cells(int number, PlannedPerson p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return
        [
            number.ToString(CultureInfo.InvariantCulture), p.FullName, DecisionText.Short(p.BirthDate), DecisionText.Of(p.Sex), p.Ethnicity,
            p.Hometown, p.PartyJoined is { } joined ? DecisionText.Short(joined) : "", p.CurrentPosition, p.Education, p.PoliticalTheory,
            p.StateManagement, p.Evaluations, p.Note ?? "",
        ];
    }

    /// <summary>"DANH SÁCH TRÍCH NGANG CÁN BỘ QUY HOẠCH".</summary>
    public const string Title = "DANH SÁCH TRÍCH NGANG CÁN BỘ QUY HOẠCH";

    public static string Subtitle(SummaryList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return Capitalised(DecisionText.PlanOf(list.Titles.Select(t => t.TitleName), list.Scope, list.Term));
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
