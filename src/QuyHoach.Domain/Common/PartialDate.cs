using System.Globalization;

namespace QuyHoach.Domain.Common;

/// <summary>
/// Ngày sinh (có thể không đầy đủ): a birth date of which only the year, or the year and month, may be known.
/// </summary>
/// <remarks>
/// When the month is unknown, the month is taken as January (NĐ 135/2020/NĐ-CP Điều 3: "if only the birth year is
/// known, 1 January of that year is used"; docs/rules/age.md, example "man born in 1966 → 01/1966"). The day never
/// matters to age rules (HD 06-HD/BTCTW method, R-APPAGE-5).
/// </remarks>
public readonly record struct PartialDate
{
    /// <summary>Creates a partial date; <paramref name="day"/> requires <paramref name="month"/>.</summary>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month));
        }

        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Năm sinh.</summary>
    public int Year { get; }

    /// <summary>Tháng sinh, when known.</summary>
    public int? Month { get; }

    /// <summary>Ngày sinh, when known.</summary>
    public int? Day { get; }

    /// <summary>The birth month used by age rules: January when the month is unknown (NĐ 135/2020 Điều 3).</summary>
    public YearMonth AgeMonth => new(Year, Month ?? 1);

    /// <summary>A full date.</summary>
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Vietnamese display: <c>dd/MM/yyyy</c>, <c>MM/yyyy</c> or <c>yyyy</c>.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{d:D2}/{m:D2}/{Year:D4}"),
        (int m, null) => string.Create(CultureInfo.InvariantCulture, $"{m:D2}/{Year:D4}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
