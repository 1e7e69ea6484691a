namespace QuyHoach.Documents.Registry.Parsing;

/// <summary>Parsers of the non-date columns. Texts reach them cleaned (NFC, trimmed) and safety-checked.</summary>
internal static class CellParsers
{
    public static Func<SheetCell, Parsed<string>> Text(int maxLength) => cell => cell.Text.Length > maxLength
        ? Parsed<string>.Fail($"Dài quá {maxLength} ký tự")
        : Parsed<string>.Ok(cell.Text);

    /// <summary>Codes join rows across sheets and with the database: no spaces, nothing that needs quoting.</summary>
    public static Parsed<string> Key(SheetCell cell)
    {
        if (cell.Text.Length > 50)
        {
            return Parsed<string>.Fail("Mã dài quá 50 ký tự");
        }

        return cell.Text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/')
            ? Parsed<string>.Ok(cell.Text)
            : Parsed<string>.Fail($"Mã '{cell.Text}' chỉ được gồm chữ, số và các ký tự - _ . / (không có dấu cách)");
    }

    public static Parsed<string> PersonName(SheetCell cell) =>
        TextSafety.PersonNameProblem(cell.Text) is { } problem ? Parsed<string>.Fail(problem) : Parsed<string>.Ok(cell.Text);

    public static Func<SheetCell, Parsed<T>> Term<T>(TermSet<T> terms)
        where T : struct, Enum => cell => terms.TryParse(cell.Text, out var value)
            ? Parsed<T>.Ok(value)
            : Parsed<T>.Fail($"'{cell.Text}' không hợp lệ; chỉ nhận: {terms.Allowed}");

    public static Parsed<bool> YesNo(SheetCell cell) => VietnameseTerms.YesNo.TryParse(cell.Text, out var value)
        ? Parsed<bool>.Ok(value == Parsing.YesNo.Yes)
        : Parsed<bool>.Fail($"'{cell.Text}' không hợp lệ; chỉ nhận: Có, Không");

    /// <summary>
    /// Điểm 0–100 with at most one decimal, as integer tenths (85,5 → 855): decimal arithmetic only, so "85.5" typed
    /// or stored never becomes 85.4999.
    /// </summary>
    public static Parsed<int> ScoreTenths(SheetCell cell)
    {
        var text = cell.Kind == SheetCellKind.Text ? cell.Text.Replace(',', '.') : cell.Text;
        if (cell.Kind == SheetCellKind.Date
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var score))
        {
            return Parsed<int>.Fail($"'{cell.Text}' không phải điểm; hãy ghi số từ 0 đến 100, ví dụ 85,5");
        }

        var tenths = score * 10;
        if (tenths != decimal.Truncate(tenths))
        {
            return Parsed<int>.Fail($"Điểm {cell.Text} có quá một chữ số thập phân");
        }

        return score > 100
            ? Parsed<int>.Fail($"Điểm {cell.Text} lớn hơn 100")
            : Parsed<int>.Ok((int)tenths);
    }
}
