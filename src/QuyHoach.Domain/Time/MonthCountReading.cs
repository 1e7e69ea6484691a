namespace QuyHoach.Domain.Time;

/// <summary>
/// Cách tính thời hạn theo tháng: how the first day after a wait of k months is read (rules §8.2, §8.4).
/// </summary>
/// <remarks>
/// The reading is one global setting of the rule set; <see cref="CivilCode"/> is the default. Open question 8 of
/// rules §10 asks which reading the Party texts intend.
/// </remarks>
public enum MonthCountReading
{
    /// <summary>
    /// Theo Bộ luật Dân sự (default): the period runs to the end of the corresponding day, so the first free day is
    /// the day after (BLDS 2015 Điều 147–148).
    /// </summary>
    CivilCode,

    /// <summary>Theo ngày tròn tháng: allowed on the corresponding day itself (the looser practice).</summary>
    Anniversary,
}
