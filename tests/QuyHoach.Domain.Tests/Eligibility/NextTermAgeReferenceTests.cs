using QuyHoach.Domain.Common;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.Eligibility;

/// <summary>
/// R-AGE-1 with R-CI45: a next-term verdict counts the months of working life from the first month of the next term
/// (Party: the congress of the title's level; State: the election), never from the round's month, and names it.
/// </summary>
public class NextTermAgeReferenceTests
{
    // A round in 04/2022 building the 2025–2030 plan (Party 2025, State 2026). Men aged 62 from 2028 on; births chosen
    // so that each retires just before, inside or after the next term's first 60 and 120 months. Counted from 04/2022
    // (the old behaviour) every one of them but the first would have 100 months or more.
    [Theory]
    [InlineData(TermCalendarTrack.Party, 2025, 1964, 1, "2025-09", -5, "AGE_BELOW_FLOOR")]
    [InlineData(TermCalendarTrack.Party, 2025, 1968, 8, "2025-09", 59, "AGE_BELOW_FLOOR")]
    [InlineData(TermCalendarTrack.Party, 2025, 1968, 9, "2025-09", 60, "AGE_ONE_TERM_ONLY")]
    [InlineData(TermCalendarTrack.Party, 2025, 1973, 8, "2025-09", 119, "AGE_ONE_TERM_ONLY")]
    [InlineData(TermCalendarTrack.Party, 2025, 1973, 9, "2025-09", 120, "")]
    [InlineData(TermCalendarTrack.State, 2026, 1964, 1, "2026-03", -11, "AGE_BELOW_FLOOR")]
    [InlineData(TermCalendarTrack.State, 2026, 1966, 3, "2026-03", 21, "AGE_BELOW_FLOOR")]
    [InlineData(TermCalendarTrack.State, 2026, 1969, 2, "2026-03", 59, "AGE_BELOW_FLOOR")]
    [InlineData(TermCalendarTrack.State, 2026, 1969, 3, "2026-03", 60, "AGE_ONE_TERM_ONLY")]
    [InlineData(TermCalendarTrack.State, 2026, 1974, 2, "2026-03", 119, "AGE_ONE_TERM_ONLY")]
    [InlineData(TermCalendarTrack.State, 2026, 1974, 3, "2026-03", 120, "")]
    public void NextTerm_CountsFromTheTermStart(TermCalendarTrack track, int startYear, int year, int month, string start, int remaining, string codes)
    {
        var cadre = Cadres.Good with { Birth = new PartialDate(year, month) };
        var request = Cadres.Request(cadre, PlanTermKind.Next) with { Track = track, NextTermStartYear = startYear };
        var v = EligibilityPolicy.Evaluate(request, Cadres.Qd50);
        Assert.Equal(start, v.AgeReference);
        Assert.Equal(remaining, v.MonthsRemaining);
        Assert.Equal(60, v.RequiredMonths);
        Assert.Equal(codes, string.Join(',', v.Reasons.Select(r => r.Code)));
        Assert.Equal(codes == "AGE_BELOW_FLOOR" ? EligibilityOutcome.NotEligible : EligibilityOutcome.Eligible, v.Outcome);
        Assert.All(v.Reasons, r => Assert.Contains($"tính từ {start[5..]}/{start[..4]} (tháng đầu nhiệm kỳ kế tiếp)", r.Message, StringComparison.Ordinal));

        // Without the term's year the calendar finds the same term: the first to start after 04/2022.
        var byCalendar = EligibilityPolicy.Evaluate(request with { NextTermStartYear = null }, Cadres.Qd50);
        Assert.Equal(v with { Reasons = [] }, byCalendar with { Reasons = [] });
        Assert.Equal(v.Reasons, byCalendar.Reasons);
    }

    // Chỉ thị 45-CT/TW's months for the 2025–2030 congresses, per level; a level the calendar does not list takes the
    // default (the provincial congress); the State track has one month for every level.
    [Theory]
    [InlineData(TermCalendarTrack.Party, "grassroots", "2022-04", "2025-04")]
    [InlineData(TermCalendarTrack.Party, "agency", "2022-04", "2025-06")]
    [InlineData(TermCalendarTrack.Party, "commune", "2022-04", "2025-07")]
    [InlineData(TermCalendarTrack.Party, "province", "2022-04", "2025-09")]
    [InlineData(TermCalendarTrack.Party, "so", "2022-04", "2025-09")]
    [InlineData(TermCalendarTrack.Party, "province", "2025-08", "2025-09")]
    [InlineData(TermCalendarTrack.Party, "province", "2025-09", "2030-09")]
    [InlineData(TermCalendarTrack.Party, "grassroots", "2025-05", "2030-04")]
    [InlineData(TermCalendarTrack.Party, "province", "2019-01", "2020-09")]
    [InlineData(TermCalendarTrack.State, "province", "2022-04", "2026-03")]
    [InlineData(TermCalendarTrack.State, "grassroots", "2026-03", "2031-03")]
    [InlineData(TermCalendarTrack.State, "province", "2026-12", "2031-03")]
    public void Calendar_NextStartAfter(TermCalendarTrack track, string level, string after, string start)
    {
        Assert.True(YearMonth.TryParse(after, out var month));
        Assert.Equal(start, Cadres.Qd50.TermsCalendar.Of(track).NextStartAfter(level, month).ToString());
        Assert.Equal(start, Cadres.Qd377.TermsCalendar.Of(track).NextStartAfter(level, month).ToString());
    }

    // A current-term review keeps the round's month; a month the caller states wins for either term.
    [Theory]
    [InlineData(PlanTermKind.Current, null, "2022-04")]
    [InlineData(PlanTermKind.Current, "2022-06", "2022-06")]
    [InlineData(PlanTermKind.Next, "2024-01", "2024-01")]
    [InlineData(PlanTermKind.Next, null, "2025-09")]
    public void AgeReference_ByTerm(PlanTermKind term, string? stated, string expected)
    {
        YearMonth? month = stated is null ? null : YearMonth.TryParse(stated, out var m) ? m : throw new ArgumentException(stated);
        var request = Cadres.Request(Cadres.Good, term) with { AgeReference = month };
        Assert.Equal(expected, AgeReferenceRule.Of(request, Cadres.Qd50.TermsCalendar).ToString());
    }
}
