using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.RuleSets;

/// <summary>Which term of the pair a title follows (nhiệm kỳ hiện tại / kế tiếp, docs/rules/terms.md).</summary>
public enum TermCalendarTrack
{
    /// <summary>Nhiệm kỳ đại hội Đảng (e.g. 2025–2030).</summary>
    Party,

    /// <summary>Nhiệm kỳ của cơ quan dân cử, nhà nước (e.g. 2026–2031).</summary>
    State,
}

/// <summary>
/// Lịch nhiệm kỳ of one track: terms start every <paramref name="EveryYears"/> years from
/// <paramref name="AnchorStartYear"/>, in the month the congress (Party) or the election (State) of each level falls in
/// (R-CI45, used as the start of the next term for R-AGE-1).
/// </summary>
/// <param name="AnchorStartYear">A year a term of this track starts (2025 for the Party, 2026 for the State).</param>
/// <param name="EveryYears">Length of a term in years (5).</param>
/// <param name="DefaultMonth">The start month for a level the calendar does not list.</param>
/// <param name="MonthByLevel">Start month per level code (e.g. <c>grassroots</c> 4, <c>province</c> 9).</param>
/// <param name="Citation">The document the months come from.</param>
public sealed record TrackCalendar(int AnchorStartYear, int EveryYears, int DefaultMonth, IReadOnlyDictionary<string, int> MonthByLevel, string Citation)
{
    /// <summary>The first month of the term of <paramref name="level"/> that starts in <paramref name="startYear"/>.</summary>
    public YearMonth StartOf(string level, int startYear) =>
        new(startYear, MonthByLevel.TryGetValue(level ?? string.Empty, out var month) ? month : DefaultMonth);

    /// <summary>The first month of the first term of <paramref name="level"/> that starts after <paramref name="after"/>.</summary>
    public YearMonth NextStartAfter(string level, YearMonth after)
    {
        var year = AnchorStartYear;
        while (year > after.Year)
        {
            year -= EveryYears;
        }

        var start = StartOf(level, year);
        while (start <= after)
        {
            year += EveryYears;
            start = StartOf(level, year);
        }

        return start;
    }
}

/// <summary>Lịch nhiệm kỳ: the Party congress track and the State election track (R-CI45).</summary>
/// <param name="Party">Đại hội Đảng.</param>
/// <param name="State">Bầu cử Quốc hội, Hội đồng nhân dân.</param>
public sealed record TermsCalendar(TrackCalendar Party, TrackCalendar State)
{
    /// <summary>The calendar of <paramref name="track"/>.</summary>
    public TrackCalendar Of(TermCalendarTrack track) => track == TermCalendarTrack.State ? State : Party;
}
