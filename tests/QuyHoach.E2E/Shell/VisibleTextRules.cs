using System.Text.RegularExpressions;

namespace QuyHoach.E2E.Shell;

/// <summary>
/// What must never show on a page (house rule: Vietnamese all the way): internal codes, GUIDs, rule-set keys, seed
/// references and English UI words. <see cref="Problems"/> lists every hit in a page's visible text.
/// </summary>
/// <remarks>
/// Codes: two or more capitals, a hyphen, two or more capitals (<c>NDI-SCT-BGD</c>, <c>SCT-PP</c>), Đ counted as a
/// capital. Legal document numbers are allowed and removed before the check: a number, then a slash-joined symbol
/// (<c>331/KH-SCT</c>, <c>15/QĐ-SCT</c>, <c>1520-QĐ/TU</c>, <c>50-QĐ/TW</c>, <c>Số: …/QĐ-SCT</c>), i.e. any
/// whitespace-delimited token that holds a slash and starts with a digit or a dot/ellipsis of a number still to be
/// written. Province-level party symbols without a number (<c>QĐ/TW</c>) carry a slash and never match the code pattern.
/// Personnel numbers of the registry ("Mã cán bộ", e.g. <c>NDI-TU-0044</c>: capitals and hyphens ending in a number)
/// are the organisation's own data, searched and imported by staff, and are allowed too.
/// English words are matched whole and without regard to case; the list is <see cref="EnglishWords"/>.
/// </remarks>
public static partial class VisibleTextRules
{
    /// <summary>English words a Vietnamese page must not show (status codes, button texts, literals).</summary>
    public static readonly string[] EnglishWords =
    [
        "Keep", "Remove", "Submit", "Save", "Cancel", "Delete", "Edit", "Error", "Warning", "null", "true", "false",
        "pending", "draft", "open", "closed", "sealed", "awaiting", "approved", "rejected", "status", "undefined",
        "NaN", "staff", "leader", "counter", "inspector", "admin", "delegate", "carried", "selected", "passed",
    ];

    [GeneratedRegex(@"(?<![\w/])[\d.…][^\s/]*/\S+|\b\d+-\S+/\S+")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"\b[A-ZĐ]{2,}(-[A-ZĐ]{2,})*-\d+\b")]
    private static partial Regex PersonnelNumber();

    [GeneratedRegex(@"\b[A-ZĐ]{2,}-[A-ZĐ]{2,}\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Guid();

    [GeneratedRegex(@"\bqd\d+(-[a-z-]+)?\b|\bseed\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuleSetKeyOrSeed();

    private static readonly Regex English = new(@"\b(" + string.Join("|", EnglishWords.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static IReadOnlyList<string> Problems(string text)
    {
        var problems = new List<string>();
        problems.AddRange(Guid().Matches(text).Select(m => "GUID " + m.Value));
        var withoutGuids = Guid().Replace(text, " ");
        problems.AddRange(Code().Matches(PersonnelNumber().Replace(DocumentNumber().Replace(withoutGuids, " "), " ")).Select(m => "mã nội bộ " + Context(withoutGuids, m.Value)));
        problems.AddRange(RuleSetKeyOrSeed().Matches(withoutGuids).Select(m => "khóa bộ quy tắc/seed " + Context(withoutGuids, m.Value)));
        problems.AddRange(English.Matches(withoutGuids).Select(m => "tiếng Anh " + Context(withoutGuids, m.Value)));
        return problems;
    }

    private static string Context(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        var start = Math.Max(0, at - 40);
        return "«" + value + "» trong «" + text.Substring(start, Math.Min(text.Length - start, value.Length + 80)).ReplaceLineEndings(" ") + "»";
    }
}
