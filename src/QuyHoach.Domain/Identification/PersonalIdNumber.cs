using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Identification;

/// <summary>
/// Số định danh cá nhân (R-PIN-1): twelve digits — three for the province where the birth was registered
/// (<see cref="BirthProvinceCodes"/>), one for the century of birth and the sex, two for the last digits of the birth
/// year, six at random. The number is the key of a cadre's record in the national database (R-PIN-2).
/// </summary>
/// <remarks>
/// The century-and-sex digit: 0/1 for men/women born 1900–1999, 2/3 for 2000–2099, 4/5 for 2100–2199, and so on by
/// pairs (NĐ 137/2015/NĐ-CP Điều 13, detailed by TT 59/2021/TT-BCA Điều 7). Only what the number itself says is
/// checked: the six random digits carry nothing to check.
/// </remarks>
public static class PersonalIdNumber
{
    /// <summary>Digits in a number.</summary>
    public const int Length = 12;

    /// <summary>The first year of the century the digit pair 0/1 stands for.</summary>
    private const int FirstCentury = 1900;

    /// <summary>The number's problem for a person of this sex born in this year, in Vietnamese, or null when it is right.</summary>
    public static string? Problem(string? number, Sex sex, int birthYear)
    {
        var text = (number ?? "").Trim();
        if (text.Length != Length || !text.All(char.IsAsciiDigit))
        {
            return $"số định danh cá nhân phải gồm đúng {Length} chữ số";
        }

        if (!BirthProvinceCodes.All.ContainsKey(text[..3]))
        {
            return $"ba chữ số đầu \"{text[..3]}\" không phải mã tỉnh, thành phố nơi đăng ký khai sinh ({BirthProvinceCodes.Source})";
        }

        var digit = text[3] - '0';
        var expected = CenturyAndSexDigit(sex, birthYear);
        if (digit != expected)
        {
            return $"chữ số thứ tư là {digit} nhưng {(sex == Sex.Female ? "nữ" : "nam")} sinh năm {birthYear} phải là {expected} (mã thế kỷ và giới tính)";
        }

        var year = int.Parse(text.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture);
        return year != birthYear % 100
            ? $"chữ số thứ năm và sáu là {text.Substring(4, 2)} nhưng năm sinh là {birthYear} (phải là {birthYear % 100:00})"
            : null;
    }

    /// <summary>The century-and-sex digit of a person of this sex born in this year.</summary>
    public static int CenturyAndSexDigit(Sex sex, int birthYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(birthYear, FirstCentury);
        return ((birthYear - FirstCentury) / 100 * 2) + (sex == Sex.Female ? 1 : 0);
    }

    /// <summary>The number as stored: digits only, or null when nothing was written.</summary>
    public static string? Normalise(string? number) =>
        string.IsNullOrWhiteSpace(number) ? null : new string(number.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
