using System.Globalization;
using System.Text;

namespace QuyHoach.Documents.Registry.Parsing;

/// <summary>
/// Folds Vietnamese text for matching allowed words: no diacritics, đ → d, lower case, single spaces, so that
/// "nu", "NỮ" and "Nữ" all match "Nữ".
/// </summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>NFC, trimmed, every run of white space (including line breaks and no-break spaces) as one space.</summary>
    public static string Clean(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var space = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
