namespace QuyHoach.Documents.Word;

/// <summary>
/// Số, ký hiệu văn bản as each layout writes it: "Số 1520-QĐ/TU" (HD 36-HD/VPTW: number, hyphen, kind, slash, issuer)
/// and "Số: 15/QĐ-SCT" (NĐ 30/2020: number, slash, kind, hyphen, issuer). Every kind of document has its own series
/// (QĐ, TTr, TB, BC, BB), so a notice or a report never borrows the decision's number.
/// </summary>
public static class DocumentNumber
{
    /// <summary>Room left for the number written by hand when the document is registered.</summary>
    public const string Room = "      ";

    /// <summary>"Số 1520-QĐ/TU" or "Số: 15/QĐ-SCT" from the recorded "1520-QĐ/TU" or "15/QĐ-SCT".</summary>
    public static string Recorded(BodyKind kind, string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var bare = Bare(number);
        return kind == BodyKind.Party ? $"Số {bare}" : $"Số: {bare}";
    }

    /// <summary>"Số      -TTr/BTCTU" or "Số:      /TTr-SCT": a number left blank in the issuer's series of that kind.</summary>
    public static string Blank(BodyKind kind, string documentKind, string issuerCode)
    {
        var code = string.IsNullOrWhiteSpace(issuerCode) ? "" : issuerCode;
        return kind switch
        {
            BodyKind.Party => code.Length == 0 ? $"Số{Room}-{documentKind}" : $"Số{Room}-{documentKind}/{code}",
            BodyKind.State => code.Length == 0 ? $"Số:{Room}/{documentKind}" : $"Số:{Room}/{documentKind}-{code}",
        };
    }

    /// <summary>"số 1520-QĐ/TU": the number as running text cites it.</summary>
    public static string InText(string number) => "số " + Bare(number);

    /// <summary>The number without a leading "Số" or "Số:" typed with it.</summary>
    public static string Bare(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var text = number.Trim();
        return text.StartsWith("Số", StringComparison.OrdinalIgnoreCase) ? text[2..].TrimStart(':', ' ') : text;
    }
}
