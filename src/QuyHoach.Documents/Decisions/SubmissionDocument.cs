namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Tờ trình đề nghị phê duyệt quy hoạch: the bases, the procedure step by step, the proposed list per title with the
/// final step's votes, the removals proposed, the request and the signer, on portrait A4 in the issuing body's
/// layout (Party: HD 36-HD/VPTW; State: NĐ 30/2020).
/// </summary>
public static class SubmissionDocument
{
    private static readonly string[] Headers = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ hiện tại", "Chức danh quy hoạch", "Kết quả phiếu"];
    private static readonly int[] Weights = [60, 180, 125, 195, 150, 190];

    public static void Write(Stream output, Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        using var document = OfficialDocument.Create(output, PageLayout.Portrait, "Tờ trình đề nghị phê duyệt quy hoạch");
        var width = document.Layout.TextWidthTwips;
        var round = submission.Round;
        var titles = submission.Proposed.Select(t => t.TitleName).Concat(submission.Removals.Select(r => r.PlannedTitle)).ToList();
        var plan = DecisionText.PlanOf(titles, submission.Scope, round.Term);
        DecisionLayout.Head(document, submission, "TỜ TRÌNH", $"Về việc đề nghị phê duyệt quy hoạch {plan}");
        DecisionLayout.Addressee(document, submission.Recipient);
        DecisionLayout.Bases(document, submission.Body, submission.Bases);
        document.Append(Paragraphs.Body($"Việc {round.Kind} {plan} đã được tiến hành theo quy trình; kết quả cụ thể như sau:"));

        document.Append(Paragraphs.Body("I. QUY TRÌNH THỰC HIỆN", TextFormat.Strong));
        foreach (var (step, index) in submission.Steps.Select((s, i) => (s, i + 1)))
        {
            document.Append(Paragraphs.Body(
                TextFormat.Strong.ToRun($"Bước {index}: {step.Name}"),
                TextFormat.Plain.ToRun($" ({VietnameseDate.Long(step.Date)})")));
            foreach (var line in step.Summary)
            {
                document.Append(Paragraphs.Body($"- {line}"));
            }
        }

        var people = submission.Proposed.Sum(t => t.People.Count);
        document.Append(Paragraphs.Body("II. DANH SÁCH ĐỀ NGHỊ PHÊ DUYỆT QUY HOẠCH", TextFormat.Strong));
        document.Append(Paragraphs.Body(
            $"Đề nghị phê duyệt quy hoạch {DecisionText.Count(people)} lượt cán bộ vào {DecisionText.Count(submission.Proposed.Count)} chức danh, nhiệm kỳ {round.Term} (kết quả phiếu tại bước cuối, tính so với tổng số người được triệu tập):"));
        document.Append(DecisionLayout.Grouped(width, Headers, Weights, Groups(submission.Proposed), new HashSet<int> { 1, 3, 4 }));

        if (submission.Removals.Count > 0)
        {
            document.Append(Paragraphs.Body("III. ĐỀ NGHỊ ĐƯA RA KHỎI QUY HOẠCH", TextFormat.Strong));
            document.Append(Paragraphs.Body($"Đề nghị đưa ra khỏi quy hoạch {DecisionText.Count(submission.Removals.Count)} đồng chí:"));
            document.Append(DecisionLayout.Removals(width, submission.Removals, "Căn cứ, lý do"));
        }

        document.Append(Paragraphs.Body(submission.Request));
        DecisionLayout.Foot(document, submission);
    }

    private static IEnumerable<(string, IEnumerable<IReadOnlyList<string>>)> Groups(IReadOnlyList<ProposedTitle> titles) =>
        titles.Select((t, g) => (DecisionText.TitleGroup(g + 1, t.TitleName), t.People.Select((p, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), p.FullName, DecisionText.Short(p.BirthDate), p.CurrentPosition, t.TitleName,
            DecisionText.Share(p.Agree, p.Base),
        ])));
}
