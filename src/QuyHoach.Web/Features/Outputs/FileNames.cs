using System.Text;

namespace QuyHoach.Web.Features.Outputs;

/// <summary>
/// Tên tệp tải về: Vietnamese without diacritics, lower case, words joined by hyphens ("bien-ban-kiem-phieu-buoc-2-pho-giam-doc.docx"),
/// so that every download of a round or a decision has its own name and saves the same on any system.
/// </summary>
internal static class FileNames
{
    /// <summary>Longest slug taken from a name, so that a long title or number still gives a short file name.</summary>
    public const int MaxSlug = 60;

    /// <summary>"Phó Giám đốc Sở" → "pho-giam-doc-so"; "16/QĐ-SCT" → "16-qd-sct"; cut at a hyphen within <see cref="MaxSlug"/>.</summary>
    public static string Slug(string? text)
    {
        var folded = VietnameseText.Fold(text);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().TrimEnd('-');
        if (result.Length <= MaxSlug)
        {
            return result;
        }

        var cut = result.LastIndexOf('-', MaxSlug);
        return cut > 0 ? result[..cut] : result[..MaxSlug];
    }

    /// <summary>The minutes of one ballot: its step and its title ("bien-ban-kiem-phieu-buoc-2-pho-giam-doc.docx").</summary>
    public static string Minutes(int stepNumber, string titleName) => $"bien-ban-kiem-phieu-buoc-{stepNumber}-{Slug(titleName)}.docx";

    /// <summary>A document of a round, named by the round ("bang-tong-hop-ket-qua-kiem-phieu-ra-soat-2026.docx").</summary>
    public static string OfRound(string document, string roundName, string extension) => $"{document}-{Slug(roundName)}.{extension}";

    /// <summary>A document of a decision, named by its number ("quyet-dinh-phe-duyet-16-qd-sct.docx").</summary>
    public static string OfDecision(string document, string number, string extension) => $"{document}-{Slug(number)}.{extension}";
}
