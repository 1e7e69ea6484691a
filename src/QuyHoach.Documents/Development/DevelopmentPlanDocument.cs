using QuyHoach.Documents.Decisions;

namespace QuyHoach.Documents.Development;

/// <summary>
/// Kế hoạch đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch (DOCX, R-USE-2): heading of the unit (Party or State
/// layout), the căn cứ lines, the purpose, the table of items by cadre (who, what, when, which unit), the organisation
/// of the work and the signer.
/// </summary>
public static class DevelopmentPlanDocument
{
    private static readonly string[] Headers = ["STT", "Họ và tên, chức danh quy hoạch", "Nội dung", "Thời gian", "Hạn hoàn thành", "Đơn vị chủ trì"];
    private static readonly int[] Weights = [50, 190, 280, 130, 110, 140];

    public static void Write(Stream output, DevelopmentPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var document = OfficialDocument.Create(output, PageLayout.Portrait, $"Kế hoạch đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch năm {plan.Year}");
        var width = document.Layout.TextWidthTwips;
        DecisionLayout.Head(document, plan.Body, plan.Date, plan.Number, "KẾ HOẠCH",
            $"Đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch năm {plan.Year}");
        DecisionLayout.Bases(document, plan.Body, plan.Bases);
        document.Append(Paragraphs.Body("I. MỤC ĐÍCH, YÊU CẦU", TextFormat.Strong));
        document.Append(Paragraphs.Body(
            "Đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch để cán bộ đáp ứng đầy đủ tiêu chuẩn của chức danh quy hoạch; " +
            "việc đào tạo, luân chuyển, bổ nhiệm phải căn cứ quy hoạch đã được phê duyệt."));
        document.Append(Paragraphs.Body("II. NỘI DUNG", TextFormat.Strong));
        if (plan.Lines.Count == 0)
        {
            document.Append(Paragraphs.Body("Trong năm không có việc đào tạo, bồi dưỡng, luân chuyển nào còn phải thực hiện."));
        }
        else
        {
            var groups = plan.Lines.GroupBy(l => l.Kind).Select(g => (g.Key, g.Select((l, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(CultureInfo.InvariantCulture), $"{l.FullName}, {l.PlannedTitle}", l.Content, l.Period, DecisionText.Short(l.DueOn), l.ResponsibleUnit])));
            document.Append(DecisionLayout.Grouped(width, Headers, Weights, groups, new HashSet<int> { 1, 2, 5 }));
        }

        document.Append(Paragraphs.Body("III. TỔ CHỨC THỰC HIỆN", TextFormat.Strong));
        document.Append(Paragraphs.Body(
            "Các đơn vị chủ trì thực hiện đúng nội dung, thời hạn; khi hoàn thành gửi văn bằng, chứng chỉ, quyết định về cơ quan tham mưu " +
            "về tổ chức cán bộ để cập nhật hồ sơ cán bộ. Hằng năm rà soát, đánh giá việc thực hiện kế hoạch cùng với rà soát quy hoạch."));
        DecisionLayout.Foot(document, plan.Body, plan.Recipients, plan.Signer);
    }
}
