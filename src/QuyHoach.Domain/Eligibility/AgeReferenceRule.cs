using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Eligibility;

/// <summary>
/// Thời điểm tính tuổi quy hoạch: the one computation of the month a request's working life is counted from.
/// </summary>
/// <remarks>
/// A month the caller states wins. Otherwise a current-term request counts from the review's month (R-AGE-2, the
/// month the unit makes its dossier), and a next-term request from the first month of the next term of the title's
/// track and level (R-AGE-1 "trọn một nhiệm kỳ", R-CI45): the term starting in the given year, or, when no year is
/// given, the first term of the calendar starting after the review's month.
/// </remarks>
public static class AgeReferenceRule
{
    /// <summary>R-CI45: age measured at the start of the term the cadre is planned for; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-CI45");

    /// <summary>The age reference month of <paramref name="request"/> under <paramref name="calendar"/>.</summary>
    public static YearMonth Of(EligibilityRequest request, TermsCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calendar);
        if (request.AgeReference is { } stated)
        {
            return stated;
        }

        var review = YearMonth.Of(request.AsOf);
        if (request.Term == PlanTermKind.Current)
        {
            return review;
        }

        var track = calendar.Of(request.Track);
        return request.NextTermStartYear is { } year
            ? track.StartOf(request.Title.Level, year)
            : track.NextStartAfter(request.Title.Level, review);
    }

    /// <summary>How a verdict names the month: "03/2026 (tháng đầu nhiệm kỳ kế tiếp)" for a next-term request.</summary>
    public static string Describe(PlanTermKind term, YearMonth month) =>
        term == PlanTermKind.Next ? $"{month.ToVietnamese()} (tháng đầu nhiệm kỳ kế tiếp)" : month.ToVietnamese();
}
