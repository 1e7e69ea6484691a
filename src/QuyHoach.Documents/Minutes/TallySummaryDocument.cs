namespace QuyHoach.Documents.Minutes;

/// <summary>
/// Bảng tổng hợp kết quả kiểm phiếu: the results of every ballot step side by side, on landscape A4 in the issuing
/// body's layout, with the threshold of each step under the table and the signatures below.
/// </summary>
public static class TallySummaryDocument
{
    public static void Write(Stream output, TallySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        TallySummaryTable.Check(summary);
        using var document = OfficialDocument.Create(output, PageLayout.LandscapePage, "Bảng tổng hợp kết quả kiểm phiếu");
        var width = document.Layout.TextWidthTwips;
        document.Append(OfficialHeading.Create(summary.Body, summary.Date, summary.Number, width));
        document.Append(DocumentTitle.Create(summary.Body.Kind, "BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU",
            $"Giới thiệu nhân sự quy hoạch {summary.Scope}, nhiệm kỳ {summary.PlannedTerm}", width, spaceBeforePoints: 12));
        document.Append(TallySummaryTable.Create(summary, width));

        document.Append(Paragraphs.Body("Nguyên tắc lựa chọn, giới thiệu:", new TextFormat(Italic: true, SizePoints: 12)));
        foreach (var step in summary.Steps)
        {
            document.Append(Paragraphs.Body(
                new TextFormat(Bold: true, SizePoints: 12).ToRun($"- {step.Name}: "),
                TextFormat.Plain.WithSize(12).ToRun($"đạt khi tỉ lệ phiếu đồng ý {step.Threshold}.")));
        }

        document.Append(Paragraphs.Blank());
        document.Append(SignatureBlock.Create(summary.Signatures, width));
    }
}
