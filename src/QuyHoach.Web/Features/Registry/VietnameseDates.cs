namespace QuyHoach.Web.Features.Registry;

/// <summary>Reads dates as Vietnamese people write them (dd/MM/yyyy; a birth date may also be MM/yyyy or yyyy); the
/// ISO forms (yyyy-MM-dd, yyyy-MM) are accepted too, for API clients.</summary>
public static class VietnameseDates
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseBirth(string? text, out PartialDate birth)
    {
        birth = default;
        var value = text?.Trim() ?? "";
        if (TryParseDate(value, out var full))
        {
            birth = PartialDate.From(full);
            return true;
        }

        if (DateOnly.TryParseExact(value, ["MM/yyyy", "M/yyyy", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            birth = new PartialDate(month.Year, month.Month);
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
        {
            birth = new PartialDate(year);
            return true;
        }

        return false;
    }

    /// <summary>The first day a partial birth date could be (for comparisons with other dates).</summary>
    public static DateOnly Earliest(PartialDate birth) => new(birth.Year, birth.Month ?? 1, birth.Day ?? 1);
}
