using System.Globalization;
using System.Text;

namespace QuyHoach.Domain.Common;

/// <summary>
/// Chữ tiếng Việt: folding for search that ignores diacritics ("nguyen thi anh" finds "Nguyễn Thị Ánh") and the
/// given name used to sort people the Vietnamese way (given name first, then family and middle names).
/// </summary>
public static class VietnameseText
{
    /// <summary>
    /// Lower case, without diacritics, <c>đ</c> as <c>d</c>, runs of white space collapsed to one space.
    /// </summary>
    /// <remarks>Decomposes to NFD and drops the combining marks, so composed and decomposed input fold alike.</remarks>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    /// <summary>
    /// Tên (given name): the last word of a Vietnamese full name ("Nguyễn Thị Ánh" → "Ánh"); people are listed by it
    /// first, then by the whole name.
    /// </summary>
    public static string GivenName(string? fullName) => GivenNameOf(fullName).ToString();

    /// <summary>The same given name as a slice of <paramref name="fullName"/>: a sort compares it without copying it.</summary>
    public static ReadOnlySpan<char> GivenNameOf(string? fullName)
    {
        var trimmed = (fullName ?? "").AsSpan().Trim();
        var last = trimmed.LastIndexOf(' ');
        return last < 0 ? trimmed : trimmed[(last + 1)..];
    }

    /// <summary>NFC, trimmed, single spaces: the form names are stored in.</summary>
    public static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
