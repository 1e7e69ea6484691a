namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Thông báo công khai danh sách quy hoạch: the decision notified, the approved and removed lists, to whom it is
/// notified, and that it stays within that range and is not published on the internet (R-PUB-2, R-PUB-3).
/// </summary>
public static class DisclosureNoticeDocument
{
    private static readonly string[] Headers = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ hiện tại"];
    private static readonly int[] Weights = [60, 260, 140, 440];

    public static void Write(Stream output, DisclosureNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        using var document = OfficialDocument.Create(output, PageLayout.Portrait, "Thông báo danh sách quy hoạch");
        var width = document.Layout.TextWidthTwips;
        DecisionLayout.Head(document, notice, "THÔNG BÁO", $"Về việc thông báo danh sách quy hoạch {Plan(notice)}");
        document.Append(Paragraphs.Body(
            $"Thực hiện {notice.DecisionReference}, {notice.Body.Name} thông báo danh sách quy hoạch {Plan(notice)} đến {string.Join(", ", notice.NotifiedTo)}, cụ thể như sau:"));

        var section = 0;
        if (notice.Approved.Count > 0)
        {
            document.Append(Paragraphs.Body($"{TallyRoman(++section)}. Danh sách cán bộ được phê duyệt quy hoạch", TextFormat.Strong));
            document.Append(DecisionLayout.Grouped(width, Headers, Weights,
                DecisionLayout.ByTitle(notice.Approved, (n, p, _) =>
                    [n.ToString(CultureInfo.InvariantCulture), p.FullName, DecisionText.Short(p.BirthDate), p.CurrentPosition]),
                new HashSet<int> { 1, 3 }));
        }

        if (notice.Removed.Count > 0)
        {
            document.Append(Paragraphs.Body($"{TallyRoman(++section)}. Danh sách cán bộ được đưa ra khỏi quy hoạch", TextFormat.Strong));
            document.Append(DecisionLayout.Removals(width, notice.Removed));
        }

        // R-PUB-2: notified within the unit only, never published on the internet.
        document.Append(Paragraphs.Body(Confinement(notice.Within), new TextFormat(Bold: true, Italic: true)));
        DecisionLayout.Foot(document, notice);
    }

    private static string Plan(DisclosureNotice notice) =>
        DecisionText.PlanOf(notice.Approved.Select(t => t.TitleName).Concat(notice.Removed.Select(r => r.PlannedTitle)), notice.Scope, notice.Term);

    /// <summary>The statement that the list stays within <paramref name="within"/> (R-PUB-2).</summary>
    public static string Confinement(string within) =>
        $"Danh sách quy hoạch chỉ thông báo trong phạm vi {within}; không công bố trên các phương tiện thông tin đại chúng, không đăng tải trên mạng Internet.";

    private static string TallyRoman(int n) => Minutes.TallyText.Roman(n);
}
