using System.Globalization;

namespace QuyHoach.Domain.Age;

/// <summary>Tuổi tính theo tháng: an age or a duration in whole months, shown as years and months.</summary>
/// <param name="TotalMonths">The whole number of months.</param>
public readonly record struct AgeInMonths(int TotalMonths) : IComparable<AgeInMonths>
{
    /// <summary>Whole years.</summary>
    public int Years => TotalMonths / 12;

    /// <summary>Months beyond the whole years.</summary>
    public int Months => TotalMonths % 12;

    /// <summary>Builds an age from years and months.</summary>
    public static AgeInMonths Of(int years, int months = 0) => new(checked((years * 12) + months));

    /// <inheritdoc />
    public int CompareTo(AgeInMonths other) => TotalMonths.CompareTo(other.TotalMonths);

    /// <summary>Vietnamese: "61 tuổi 6 tháng" or "62 tuổi".</summary>
    public override string ToString() => Months == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Years} tuổi")
        : string.Create(CultureInfo.InvariantCulture, $"{Years} tuổi {Months} tháng");
}
