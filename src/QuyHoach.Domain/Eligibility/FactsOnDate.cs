namespace QuyHoach.Domain.Eligibility;

/// <summary>Kết luận tiêu chuẩn chính trị with its date.</summary>
/// <param name="ConcludedOn">Date of the conclusion.</param>
/// <param name="Met">True when the cadre meets the political standard.</param>
public sealed record DatedConclusion(DateOnly ConcludedOn, bool Met);

/// <summary>
/// Hồ sơ tại một ngày: which dated records of a cadre a review made on a given day reads, so that the profile and a
/// round read the same facts for the same day.
/// </summary>
/// <remarks>
/// Ratings: a year's rating counts from the first day of the next year; a review reads "the preceding year(s)"
/// (R-EV-PL2), never the year it is made in, whose evaluation is held at the year's end. Political-standard
/// conclusions (R-DOS-3) and discipline decisions count from the day they are dated: a conclusion or a decision dated
/// after the review day is unknown to it; the latest conclusion known wins. A level completed on a dated certificate
/// counts from that day (an undated level, of which only the year is known, counts as before).
/// </remarks>
public static class FactsOnDate
{
    /// <summary>The ratings a review on <paramref name="asOf"/> reads: those of the years before its year.</summary>
    public static IReadOnlyList<YearRating> Ratings(IEnumerable<YearRating> ratings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return ratings.Where(r => r.Year < asOf.Year).ToList();
    }

    /// <summary>True when a record dated <paramref name="dated"/> is known to a review on <paramref name="asOf"/>.</summary>
    public static bool Known(DateOnly dated, DateOnly asOf) => dated <= asOf;

    /// <summary>True when a record dated <paramref name="dated"/> (null: only its year is known) is known to a review on <paramref name="asOf"/>.</summary>
    public static bool Known(DateOnly? dated, DateOnly asOf) => dated is not { } day || Known(day, asOf);

    /// <summary>The political standard on <paramref name="asOf"/>: the latest conclusion dated on or before it.</summary>
    public static PoliticalStandard Standard(IEnumerable<DatedConclusion> conclusions, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(conclusions);
        return conclusions.Where(c => Known(c.ConcludedOn, asOf)).MaxBy(c => c.ConcludedOn) switch
        {
            null => PoliticalStandard.NotConcluded,
            { Met: true } => PoliticalStandard.Met,
            _ => PoliticalStandard.NotMet,
        };
    }
}
