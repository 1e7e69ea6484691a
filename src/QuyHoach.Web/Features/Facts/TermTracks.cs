namespace QuyHoach.Web.Features.Facts;

/// <summary>
/// Nhiệm kỳ theo khối: a title's term track (Party congress or State election) as the rule set's terms calendar reads
/// it, when a term starts on it, and whether a term is the current or the next one for a review.
/// </summary>
/// <remarks>A term is the next one for a review when it starts on the title's track after the review's year (R-AGE-1):
/// the 2025–2030 term is already current for a Party title in 2025 but still next for a State title until 2026.</remarks>
public static class TermTracks
{
    public static TermCalendarTrack Of(TermTrack track) => track == TermTrack.State ? TermCalendarTrack.State : TermCalendarTrack.Party;

    /// <summary>The year <paramref name="term"/> starts on <paramref name="track"/> (2025 for the Party, 2026 for the State).</summary>
    public static int StartYear(Term term, TermTrack track)
    {
        ArgumentNullException.ThrowIfNull(term);
        return track == TermTrack.State ? term.StateStartYear : term.PartyStartYear;
    }

    /// <summary>The year <paramref name="term"/> ends on <paramref name="track"/>.</summary>
    public static int EndYear(Term term, TermTrack track)
    {
        ArgumentNullException.ThrowIfNull(term);
        return track == TermTrack.State ? term.StateEndYear : term.PartyEndYear;
    }

    /// <summary>Current or next: <paramref name="term"/> seen from a review on <paramref name="asOf"/> on <paramref name="track"/>.</summary>
    public static PlanTermKind KindOf(Term term, TermTrack track, DateOnly asOf) =>
        StartYear(term, track) > asOf.Year ? PlanTermKind.Next : PlanTermKind.Current;

    /// <summary>The term running in <paramref name="year"/> on <paramref name="track"/> (the later one in a year two terms share).</summary>
    public static Term? Holding(IEnumerable<Term> terms, TermTrack track, int year) =>
        terms.Where(t => StartYear(t, track) <= year && year <= EndYear(t, track)).MaxBy(t => StartYear(t, track));

    /// <summary>The first term starting on <paramref name="track"/> after <paramref name="year"/>, if the registry holds it.</summary>
    public static Term? NextAfter(IEnumerable<Term> terms, TermTrack track, int year) =>
        terms.Where(t => StartYear(t, track) > year).MinBy(t => StartYear(t, track));
}
