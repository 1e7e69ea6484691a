namespace QuyHoach.Domain.Time;

/// <summary>
/// Cách tính thời hạn theo tháng: how the first day after a wait of k months is read (docs/rules/calendar.md, month periods).
/// </summary>
/// <remarks>
/// The reading is one global setting of the rule set; <see cref="CivilCode"/> is the default. Open question 8 of
/// docs/rules/open-questions.md (question 8) asks which reading the Party texts intend.
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
