namespace QuyHoach.Documents.Registry.Parsing;

/// <summary>
/// Dates as the registry writes them: <c>dd/MM/yyyy</c> (also with <c>-</c> or <c>.</c>, one-digit day or month,
/// or ISO <c>yyyy-MM-dd</c>), or a real Excel date cell. Partial dates also take <c>MM/yyyy</c> and <c>yyyy</c>.
/// </summary>
internal static class DateParsers
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static Parsed<DateOnly> Full(SheetCell cell)
    {
        var partial = Parse(cell, "dd/MM/yyyy");
        if (partial.Error is not null)
        {
            return Parsed<DateOnly>.Fail(partial.Error);
        }

        return partial.Value is { Month: int m, Day: int d } p
            ? Parsed<DateOnly>.Ok(new DateOnly(p.Year, m, d))
            : Parsed<DateOnly>.Fail($"Cần ngày đầy đủ dd/MM/yyyy, không chỉ tháng hoặc năm ('{partial.Value}')");
    }

    public static Parsed<PartialDate> Partial(SheetCell cell) => Parse(cell, "dd/MM/yyyy, MM/yyyy hoặc yyyy");

    private static Parsed<PartialDate> Parse(SheetCell cell, string forms)
    {
        switch (cell.Kind)
        {
            case SheetCellKind.Date:
                return InRange(cell.Date.Year) ?? Parsed<PartialDate>.Ok(PartialDate.From(cell.Date));
            case SheetCellKind.Number when int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year):
                // A bare number in a date column is a year typed into a General cell (1975), never a date serial.
                return InRange(year) ?? Parsed<PartialDate>.Ok(new PartialDate(year));
            case SheetCellKind.Number:
                return Parsed<PartialDate>.Fail($"Ô là số {cell.Text}, không phải ngày; hãy ghi {forms}");
            default:
                return FromText(cell.Text, forms);
        }
    }

    public static Parsed<int> Year(SheetCell cell)
    {
        if (!int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || cell.Kind == SheetCellKind.Date)
        {
            return Parsed<int>.Fail($"'{cell.Text}' không phải năm; hãy ghi 4 chữ số, ví dụ 2024");
        }

        return year is < MinYear or > MaxYear
            ? Parsed<int>.Fail($"Năm {year} nằm ngoài khoảng {MinYear}–{MaxYear}")
            : Parsed<int>.Ok(year);
    }

    private static Parsed<PartialDate>? InRange(int year) =>
        year is < MinYear or > MaxYear ? Parsed<PartialDate>.Fail($"Năm {year} nằm ngoài khoảng {MinYear}–{MaxYear}") : null;

    private static Parsed<PartialDate> FromText(string text, string forms)
    {
        var invalid = Parsed<PartialDate>.Fail($"'{text}' không phải ngày hợp lệ; hãy ghi {forms}, ví dụ 05/09/1975");
        var parts = text.Split('/', '-', '.');
        if (parts.Length > 3 || !parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit)))
        {
            return invalid;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        // ISO yyyy-MM-dd is the only order with the year first; everything else is day/month/year as in Vietnam.
        var isoOrder = parts.Length == 3 && parts[0].Length == 4;
        var (year, yearPart) = isoOrder ? (numbers[0], parts[0]) : (numbers[^1], parts[^1]);
        if (yearPart.Length != 4)
        {
            return invalid;
        }

        if (InRange(year) is { } outOfRange)
        {
            return outOfRange;
        }

        int? month = parts.Length switch { 1 => null, 2 => numbers[0], _ => numbers[1] };
        int? day = parts.Length == 3 ? (isoOrder ? numbers[2] : numbers[0]) : null;
        if (month is < 1 or > 12 || day < 1 || (day is int d && d > DateTime.DaysInMonth(year, month!.Value)))
        {
            return invalid;
        }

        return Parsed<PartialDate>.Ok(new PartialDate(year, month, day));
    }
}
