using QuyHoach.Data.Registry;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>A title's term track as the rule set's terms calendar reads it, and when a term starts on it.</summary>
internal static class TermTracks
{
    public static TermCalendarTrack Of(TermTrack track) => track == TermTrack.State ? TermCalendarTrack.State : TermCalendarTrack.Party;

    /// <summary>The year <paramref name="term"/> starts on <paramref name="track"/> (2025 for the Party, 2026 for the State).</summary>
    public static int StartYear(Term term, TermTrack track)
    {
        ArgumentNullException.ThrowIfNull(term);
        return track == TermTrack.State ? term.StateStartYear : term.PartyStartYear;
    }
}
