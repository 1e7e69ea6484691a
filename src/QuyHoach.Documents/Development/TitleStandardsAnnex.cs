using QuyHoach.Documents.Decisions;

namespace QuyHoach.Documents.Development;

/// <summary>The standards of one planned title, as lines (e.g. "Lý luận chính trị: Cao cấp").</summary>
public sealed record TitleStandardsLines(string TitleName, IReadOnlyList<string> Lines);

/// <summary>
/// Phụ lục tiêu chuẩn chức danh quy hoạch (DOCX, R-PUB-1): the standards of each title of a conference, made known to
/// those who vote, printed with the conference documents.
/// </summary>
public static class TitleStandardsAnnex
{
    public static void Write(Stream output, IssuingBody body, DateOnly date, string conference, IReadOnlyList<TitleStandardsLines> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        using var document = OfficialDocument.Create(output, PageLayout.Portrait, "Tiêu chuẩn chức danh quy hoạch");
        DecisionLayout.Head(document, body, date, null, "PHỤ LỤC", $"Tiêu chuẩn chức danh quy hoạch ({conference})");
        var n = 0;
        foreach (var title in titles)
        {
            document.Append(Paragraphs.Body($"{++n}. {title.TitleName}", TextFormat.Strong));
            foreach (var line in title.Lines.DefaultIfEmpty("Theo tiêu chuẩn chung của cán bộ lãnh đạo, quản lý."))
            {
                document.Append(Paragraphs.Body($"- {line}"));
            }
        }
    }
}
