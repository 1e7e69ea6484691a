namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Báo cáo kết quả rà soát, bổ sung quy hoạch to the higher level (R-TIME-2): counts per title before and after,
/// the plan's structure as shares computed in integers ("3/12 (25,00 %)"), the people added and removed.
/// </summary>
public static class HigherLevelReportDocument
{
    private static readonly string[] CountHeaders = ["STT", "Chức danh", "Quy hoạch trước rà soát", "Bổ sung", "Đưa ra", "Quy hoạch sau rà soát"];
    private static readonly int[] CountWeights = [60, 280, 150, 110, 110, 150];
    private static readonly string[] AddedHeaders = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ hiện tại", "Trình độ (chuyên môn, LLCT)"];
    private static readonly int[] AddedWeights = [60, 200, 125, 255, 260];

    public static void Write(Stream output, HigherLevelReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = OfficialDocument.Create(output, PageLayout.Portrait, "Báo cáo kết quả rà soát, bổ sung quy hoạch");
        var width = document.Layout.TextWidthTwips;
        DecisionLayout.Head(document, report, "BÁO CÁO", $"Về việc báo cáo kết quả {report.Round.Kind} {Plan(report)}");
        DecisionLayout.Addressee(document, report.Recipient);
        document.Append(Paragraphs.Body(
            $"{report.Body.Name} báo cáo kết quả {report.Round.Kind} {Plan(report)} ({report.Round.Name.ToLower(CultureInfo.GetCultureInfo("vi-VN"))}), đã được phê duyệt tại {report.DecisionReference}, như sau:"));

        document.Append(Paragraphs.Body("1. Số lượng", TextFormat.Strong));
        var rows = report.Counts.Select((c, i) => (IReadOnlyList<string>)
            [Number(i + 1), c.TitleName, Number(c.Before), Number(c.Added), Number(c.Removed), Number(c.After)]).ToList();
        rows.Add(["", "Cộng", Number(report.Counts.Sum(c => c.Before)), Number(report.Counts.Sum(c => c.Added)),
            Number(report.Counts.Sum(c => c.Removed)), Number(report.Counts.Sum(c => c.After))]);
        document.Append(DecisionLayout.Grouped(width, CountHeaders, CountWeights, [("", rows)], new HashSet<int> { 1 }));

        var s = report.Structure;
        document.Append(Paragraphs.Body("2. Cơ cấu", TextFormat.Strong));
        document.Append(Paragraphs.Body($"Tổng số {Number(s.Total)} người trong quy hoạch sau rà soát (mỗi người tính một lần), trong đó:"));
        foreach (var line in StructureLines(s))
        {
            document.Append(Paragraphs.Body($"- {line}"));
        }

        document.Append(Paragraphs.Body("3. Danh sách bổ sung quy hoạch", TextFormat.Strong));
        document.Append(report.Added.Count == 0
            ? Paragraphs.Body("Không có.")
            : DecisionLayout.Grouped(width, AddedHeaders, AddedWeights,
                DecisionLayout.ByTitle(report.Added, (n, p, _) =>
                    [Number(n), p.FullName, DecisionText.Short(p.BirthDate), p.CurrentPosition, DecisionText.Qualifications(p)]),
                new HashSet<int> { 1, 3, 4 }));

        document.Append(Paragraphs.Body("4. Danh sách đưa ra khỏi quy hoạch", TextFormat.Strong));
        document.Append(report.Removed.Count == 0 ? Paragraphs.Body("Không có.") : DecisionLayout.Removals(width, report.Removed));

        document.Append(Paragraphs.Body($"Trên đây là báo cáo kết quả {report.Round.Kind} {Plan(report)} của {report.Body.Name}./."));
        DecisionLayout.Foot(document, report);
    }

    private static string Plan(HigherLevelReport report) =>
        DecisionText.PlanOf(report.Counts.Select(c => c.TitleName), report.Scope, report.Round.Term);

    /// <summary>"Nữ: 3/12 (25,00 %)" and the others, shares computed in integers.</summary>
    public static IReadOnlyList<string> StructureLines(PlanStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        List<string> lines =
        [
            $"Cán bộ nữ: {DecisionText.Share(structure.Women, structure.Total)}",
            $"Cán bộ trẻ ({structure.YoungLabel}): {DecisionText.Share(structure.Young, structure.Total)}",
            $"Cán bộ người dân tộc thiểu số: {DecisionText.Share(structure.EthnicMinority, structure.Total)}",
        ];
        if (structure.ScienceTechnology is { } science)
        {
            lines.Add($"Cán bộ có trình độ khoa học, công nghệ: {DecisionText.Share(science, structure.Total)}");
        }

        return lines;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
