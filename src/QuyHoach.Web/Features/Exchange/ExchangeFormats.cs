using System.Globalization;
using QuyHoach.Domain.Common;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>
/// The one conversion between the registry's values and the exchange file's texts (docs/exchange.md): sex as
/// "Nam"/"Nữ", dates as ISO 8601, a birth date as precise as it is known ("1975", "1975-09", "1975-09-05").
/// </summary>
public static class ExchangeFormats
{
    public const string Male = "Nam";

    public const string Female = "Nữ";

    public static string Sex(Sex sex) => sex == Domain.Common.Sex.Female ? Female : Male;

    public static Sex? ParseSex(string? text) => VietnameseText.Fold(text ?? "").Trim() switch
    {
        "nam" => Domain.Common.Sex.Male,
        "nu" => Domain.Common.Sex.Female,
        _ => null,
    };

    public static string Date(PartialDate date) => (date.Month, date.Day) switch
    {
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{m:00}-{d:00}"),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{m:00}"),
        _ => date.Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"yyyy", "yyyy-MM" or "yyyy-MM-dd", a real day; null otherwise.</summary>
    public static PartialDate? ParsePartial(string? text)
    {
        var value = (text ?? "").Trim();
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        foreach (var format in formats)
        {
            if (DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year >= 1900)
            {
                return format.Length switch
                {
                    10 => new PartialDate(day.Year, day.Month, day.Day),
                    7 => new PartialDate(day.Year, day.Month),
                    _ => new PartialDate(day.Year),
                };
            }
        }

        return null;
    }

    /// <summary>A full day "yyyy-MM-dd"; null when not one.</summary>
    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>What a user reads on screen and in the workbook: dates as dd/MM/yyyy (or MM/yyyy, yyyy).</summary>
    public static string? Display(string? value) =>
        ParsePartial(value) is { } date && value!.Trim().Length >= 4 && value.Contains('-', StringComparison.Ordinal) ? date.ToString() : value;

    /// <summary>The reverse of <see cref="Display"/>: "dd/MM/yyyy", "MM/yyyy" or "yyyy" as the file's ISO text; any other
    /// text unchanged, for the check to report as typed.</summary>
    public static string? FromDisplay(string? text)
    {
        var value = (text ?? "").Trim();
        string[] formats = ["dd/MM/yyyy", "d/M/yyyy", "MM/yyyy", "M/yyyy"];
        foreach (var format in formats)
        {
            if (DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return format.Contains('d', StringComparison.Ordinal) ? Date(new PartialDate(day.Year, day.Month, day.Day)) : Date(new PartialDate(day.Year, day.Month));
            }
        }

        return text;
    }
}
