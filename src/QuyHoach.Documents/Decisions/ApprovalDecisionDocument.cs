namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Quyết định phê duyệt quy hoạch: bases, Điều 1 (the list of N cadres for the titles and term, per the annex),
/// Điều 2 (in effect from the signing date, R-EFF-1), Điều 3 (who carries it out), then on a new page the annex:
/// the approved people grouped per title.
/// </summary>
public static class ApprovalDecisionDocument
{
    private static readonly string[] AnnexHeaders = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ hiện tại", "Trình độ (chuyên môn, LLCT)", "Ghi chú"];
    private static readonly int[] AnnexWeights = [60, 190, 125, 230, 210, 85];

    public static void Write(Stream output, ApprovalDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        using var document = OfficialDocument.Create(output, PageLayout.Portrait, "Quyết định phê duyệt quy hoạch");
        var width = document.Layout.TextWidthTwips;
        var titles = decision.Titles.Select(t => t.TitleName).ToList();
        var frame = decision.Frame;
        DecisionLayout.Opening(document, frame, $"Về việc phê duyệt quy hoạch {DecisionText.PlanOf(titles, frame.Scope, frame.Term)}");

        document.Append(DecisionLayout.Article(1,
            $"Phê duyệt quy hoạch {DecisionText.Count(DecisionText.DistinctPeople(decision.Titles))} đồng chí vào {DecisionText.TitlesOf(titles)}, nhiệm kỳ {frame.Term} (có danh sách kèm theo)."));
        // R-EFF-1: the plan takes effect on the date the authority signs the approval decision.
        DecisionLayout.Closing(document, frame, EffectiveClause(frame.SignedOn));

        document.Append(DecisionLayout.PageBreak());
        document.Append(Paragraphs.Centered("PHỤ LỤC", TextFormat.Strong));
        document.Append(Paragraphs.Centered($"DANH SÁCH CÁN BỘ ĐƯỢC PHÊ DUYỆT QUY HOẠCH NHIỆM KỲ {frame.Term}", TextFormat.Strong));
        document.Append(Paragraphs.Centered(
            $"(Kèm theo Quyết định {DocumentNumber.InText(frame.Number)} {VietnameseDate.Long(frame.SignedOn)} của {frame.Authority})",
            TextFormat.Emphasis, spaceAfterPoints: 6));
        document.Append(DecisionLayout.Grouped(width, AnnexHeaders, AnnexWeights,
            DecisionLayout.ByTitle(decision.Titles, (n, p, _) =>
            [
                n.ToString(CultureInfo.InvariantCulture), p.FullName, DecisionText.Short(p.BirthDate), p.CurrentPosition,
                DecisionText.Qualifications(p), p.Note ?? "",
            ]),
            new HashSet<int> { 1, 3, 4, 5 }));
    }

    /// <summary>"Quyết định có hiệu lực kể từ ngày ký (ngày 30 tháng 11 năm 2026)…" (R-EFF-1).</summary>
    public static string EffectiveClause(DateOnly signedOn) =>
        $"Quyết định này có hiệu lực kể từ ngày ký ({VietnameseDate.Long(signedOn)}). Quy hoạch có hiệu lực từ ngày ký Quyết định phê duyệt.";

}
