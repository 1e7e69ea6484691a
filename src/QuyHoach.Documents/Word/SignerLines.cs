namespace QuyHoach.Documents.Word;

/// <summary>
/// Quyền hạn, chức vụ của người ký: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" where a collective decides (HD 36-HD/VPTW), the
/// position alone where the head signs ("GIÁM ĐỐC"), "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" where a deputy signs for the head
/// (NĐ 30/2020). The position is printed without the body's name.
/// </summary>
public static class SignerLines
{
    /// <param name="collective">Tập thể that decides, e.g. "Ban Thường vụ"; null where the head decides.</param>
    /// <param name="head">Người đứng đầu, e.g. "Giám đốc".</param>
    /// <param name="position">The signer's position, already without the body's name (<see cref="PositionOnly"/>).</param>
    /// <param name="name">Họ và tên; empty to leave for the signer.</param>
    public static SignatureColumn For(string? collective, string head, string position, string name)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(position);
        var headings = new List<string>();
        if (!string.IsNullOrWhiteSpace(collective))
        {
            headings.Add($"T/M {collective}");
        }
        else if (!string.Equals(position, head, StringComparison.OrdinalIgnoreCase))
        {
            headings.Add($"KT. {head}");
        }

        headings.Add(position);
        return new SignatureColumn(headings, [name]);
    }

    /// <summary>
    /// "Phó Bí thư Thường trực" from "Phó Bí thư Thường trực Tỉnh ủy", "Giám đốc" from "Giám đốc Sở Công Thương tỉnh
    /// Nam Định": the recorded position cut where the first of <paramref name="bodyNames"/> begins.
    /// </summary>
    public static string PositionOnly(string recorded, params string[] bodyNames)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(bodyNames);
        var text = recorded.Trim();
        var cut = bodyNames.Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => CultureInfo.GetCultureInfo("vi-VN").CompareInfo.IndexOf(text, n, CompareOptions.IgnoreCase))
            .Where(i => i > 0).DefaultIfEmpty(text.Length).Min();
        return text[..cut].TrimEnd(' ', ',');
    }
}
