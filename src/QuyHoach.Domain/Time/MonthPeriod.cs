namespace QuyHoach.Domain.Time;

/// <summary>
/// Thời hạn tính theo tháng: month arithmetic on dates under the civil-code defaults (BLDS 2015 Điều 147–148;
/// docs/rules/calendar.md).
/// </summary>
/// <remarks>
/// <para>A period of k months "from X" starts the day after X and ends at the end of <see cref="AddMonths"/>(X, k):
/// the same day number k months later, or that month's last day when it is shorter (31/08 + 6 months → 28/02 or
/// 29/02; 29/02/2024 + 12 months → 28/02/2025).</para>
/// <para>The month-end clamp is not reversible: AddMonths(AddMonths(31/01, 1), 1) is 28/03, not 31/03; always add
/// the whole count to the trigger date.</para>
/// </remarks>
public static class MonthPeriod
{
    /// <summary>R-CAL-3: month periods; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static Common.LegalBasis Basis { get; } = Common.LegalBasis.Of("R-CAL-3");

    /// <summary>The corresponding day <paramref name="months"/> later, clamped to the month's last day.</summary>
    public static DateOnly AddMonths(DateOnly from, int months) => from.AddMonths(months);

    /// <summary>
    /// The first day on which "<paramref name="months"/> months after <paramref name="from"/>" has fully elapsed under
    /// the civil code: <see cref="AddMonths"/> plus one day.
    /// </summary>
    public static DateOnly AfterMonths(DateOnly from, int months) => AddMonths(from, months).AddDays(1);

    /// <summary>
    /// The first day on which a wait of <paramref name="months"/> months after <paramref name="from"/> has elapsed
    /// under <paramref name="reading"/>.
    /// </summary>
    /// <remarks>
    /// Waits and bars are never moved to the next working day (docs/rules/calendar.md: that would lengthen a penalty).
    /// </remarks>
    public static DateOnly WaitElapsedOn(DateOnly from, int months, MonthCountReading reading) => reading switch
    {
        MonthCountReading.CivilCode => AfterMonths(from, months),
        MonthCountReading.Anniversary => AddMonths(from, months),
    };
}
