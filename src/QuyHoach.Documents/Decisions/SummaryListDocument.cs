namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Danh sách trích ngang cán bộ quy hoạch: on landscape A4, per title, each person's particulars in 13 columns at
/// 9 pt under a header row repeated on every page, then the signatures.
/// </summary>
public static class SummaryListDocument
{
    public const int Points = 9;

    public static void Write(Stream output, SummaryList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        using var document = OfficialDocument.Create(output, PageLayout.LandscapePage, "Danh sách trích ngang cán bộ quy hoạch");
        var width = document.Layout.TextWidthTwips;
        document.Append(OfficialHeading.Create(list.Body, list.Date, list.Number, width));
        document.Append(Paragraphs.Centered(SummaryListColumns.Title, DocumentTitle.KindFormat(list.Body.Kind), spaceBeforePoints: 12));
        document.Append(Paragraphs.Centered(SummaryListColumns.Subtitle(list), TextFormat.Strong, spaceAfterPoints: 6));
        document.Append(DecisionLayout.Grouped(width, SummaryListColumns.Headers, SummaryListColumns.Weights,
            DecisionLayout.ByTitle(list.Titles, (n, p, _) => SummaryListColumns.Cells(n, p)),
            new HashSet<int>(SummaryListColumns.Left), Points));
        document.Append(Paragraphs.Blank());
        document.Append(SignatureBlock.Create(list.Signatures, width));
    }
}
