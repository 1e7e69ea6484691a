using System.Globalization;

namespace QuyHoach.Domain.Common;

/// <summary>
/// Tháng–năm (a calendar month). Age and retirement rules work on whole months only (HD 06-HD/BTCTW method,
/// R-AGE-4, docs/rules/age.md), so a month is the unit, never a day.
/// </summary>
/// <remarks>
/// <see cref="Index"/> is <c>12*Year + (Month − 1)</c> (docs/rules/age.md); differences of indices are
/// month counts. Legal basis: HD 06-HD/BTCTW §1.2 (R-APPAGE-5).
/// </remarks>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates a month; <paramref name="month"/> is 1–12.</summary>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>Năm (the calendar year).</summary>
    public int Year { get; }

    /// <summary>Tháng (1–12).</summary>
    public int Month { get; }

    /// <summary>Month index <c>12*Year + Month − 1</c>.</summary>
    public int Index => checked((12 * Year) + Month - 1);

    /// <summary>The month with the given <see cref="Index"/>.</summary>
    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    /// <summary>The month containing <paramref name="date"/>.</summary>
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>This month moved by <paramref name="months"/> (may be negative).</summary>
    public YearMonth AddMonths(int months) => FromIndex(checked(Index + months));

    /// <summary>Whole months from <paramref name="earlier"/> to this month (negative when earlier is later).</summary>
    public int MonthsSince(YearMonth earlier) => checked(Index - earlier.Index);

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>Parses <c>yyyy-MM</c>; returns false on anything else.</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || y < 1 || m < 1 || m > 12)
        {
            return false;
        }

        value = new YearMonth(y, m);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    /// <summary>Earlier month.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    /// <summary>Later month.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    /// <summary>Earlier or same month.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    /// <summary>Later or same month.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    /// <summary><c>yyyy-MM</c>, the machine format used by the API and the command line.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary><c>MM/yyyy</c>, the Vietnamese display format.</summary>
    public string ToVietnamese() => string.Create(CultureInfo.InvariantCulture, $"{Month:D2}/{Year:D4}");
}
