namespace QuyHoach.Documents.Registry.Parsing;

/// <summary>
/// Refuses cell texts that are not plain Vietnamese data: legacy-encoded text (TCVN3/ABC, VNI) that would be
/// imported as garbage, and texts that look like script, markup or a formula. Each is reported for its own cell
/// (the file is still read, so the report lists them all); the row is not imported. The cadre form and the API ask
/// the same questions of what is typed (CadreInputValidator), so no channel accepts what another refuses.
/// </summary>
public static class TextSafety
{
    public const string WrongEncoding =
        "Sai bảng mã: chữ có vẻ được gõ bằng phông TCVN3 (ABC) hoặc VNI; hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi nhập lại";

    public const string Markup = "Nội dung chứa mã script hoặc thẻ HTML; không nhận nội dung này";

    /// <summary>A leading <c>= + - @</c> is read as a formula when the value is exported and opened in a spreadsheet
    /// (<c>=HYPERLINK(…)</c>, <c>-cmd|…</c>): no name, place or code starts with one.</summary>
    public const string FormulaLike = "Nội dung bắt đầu bằng ký tự công thức (=, +, -, @); hãy bỏ ký tự đó";

    public const int PersonNameMaxLength = 100;

    /// <summary>
    /// Latin-1 and Windows-1252 characters that Vietnamese never uses but TCVN3 and VNI text decoded as Latin-1
    /// is full of: TCVN3 puts ă â ê ô ơ ư đ and the toned vowels on ¡–¿ (e.g. "V¨n", "Hµ Néi"), VNI writes
    /// tone marks as separate bytes such as ø ï ö ñ û ä ("Tieáng Vieät").
    /// </summary>
    private const string LegacyOnly = "ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿƒˆŠŒŽšœžŸ‚„…†‡‰‹›";

    /// <summary>Latin-1 vowels with a mark: VNI writes "ễ" as "eã", so one of these straight after a/e is a sign.</summary>
    private const string MarkedLatin1Vowels = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    private static readonly string[] ScriptMarkers = ["javascript:", "vbscript:", "data:text/html", "<script", "<iframe", "<svg", "<img", "<object"];

    /// <summary>
    /// The Vietnamese message for a text as typed (<paramref name="raw"/>) and as it will be stored
    /// (<paramref name="cleaned"/>: NFC, trimmed, single spaces), or null when acceptable. The raw text is checked for
    /// legacy encodings too: cleaning turns a C1 "next line" (U+0085, typical of Latin-1 mojibake) into a space.
    /// </summary>
    public static string? Check(string raw, string cleaned)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(cleaned);
        return LooksLegacyEncoded(raw) ? WrongEncoding : Check(cleaned);
    }

    /// <summary>Họ và tên: letters (with their marks), spaces and the punctuation names use (' ’ - .), at most
    /// <see cref="PersonNameMaxLength"/> characters; null when acceptable. Checked after <see cref="Check(string, string)"/>.</summary>
    public static string? PersonNameProblem(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (cleaned.Length > PersonNameMaxLength)
        {
            return $"Họ và tên dài quá {PersonNameMaxLength} ký tự";
        }

        return cleaned.Any(char.IsLetter) && cleaned.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                || c is ' ' or '\'' or '’' or '-' or '.')
            ? null
            : $"'{cleaned}' không phải họ tên (chỉ gồm chữ cái, dấu cách và các dấu ' - .; không có chữ số)";
    }

    /// <summary>
    /// Họ và tên as typed on a form or sent to the API: <paramref name="name"/> is the text as it will be stored
    /// (<see cref="VietnameseText.Clean"/>); the message for its first problem (missing, not safe or not a name, a
    /// single word), or null when acceptable.
    /// </summary>
    public static string? TypedFullNameProblem(string? typed, out string name)
    {
        name = VietnameseText.Clean(typed);
        if (name.Length == 0)
        {
            return "Hãy nhập họ và tên.";
        }

        if ((Check(typed!, name) ?? PersonNameProblem(name)) is { } problem)
        {
            return problem + ".";
        }

        return name.Contains(' ', StringComparison.Ordinal) ? null : "Hãy nhập đầy đủ họ và tên (ít nhất hai từ).";
    }

    /// <summary>The Vietnamese message for a bad text, or null when the text is acceptable.</summary>
    public static string? Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (LooksLegacyEncoded(text))
        {
            return WrongEncoding;
        }

        if (LooksLikeMarkup(text))
        {
            return Markup;
        }

        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? FormulaLike : null;
    }

    public static bool LooksLegacyEncoded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : ' ';
            var legacy = (c >= '\u00A1' && c <= '\u00BF') // TCVN3's ă â ê ô ơ ư đ and toned vowels; symbols no name holds
                || (c >= '\u0080' && c <= '\u009F') // C1 controls: bytes decoded as Latin-1 instead of as text
                || (c >= '\uE000' && c <= '\uF8FF') // private use: legacy "Unicode" fonts
                || c == '\uFFFD' // replacement character: a failed decoding upstream
                || LegacyOnly.Contains(c, StringComparison.Ordinal)
                || (MarkedLatin1Vowels.Contains(c, StringComparison.Ordinal) && previous is 'a' or 'e' or 'A' or 'E')
                // TCVN3 puts some lower-case toned vowels on Latin-1 capitals ("NguyÔn"): a capital mid-word.
                || (c >= '\u00C0' && c <= '\u00DD' && char.IsLower(previous));
            if (legacy)
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeMarkup(string text)
    {
        foreach (var marker in ScriptMarkers)
        {
            if (text.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // Any tag-like "<x", "</", "<!", "<?": no registry value needs an angle bracket followed by a letter.
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '<' && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
            {
                return true;
            }
        }

        return false;
    }
}
