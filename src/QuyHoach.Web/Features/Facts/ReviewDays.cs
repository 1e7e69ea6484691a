namespace QuyHoach.Web.Features.Facts;

/// <summary>Ngày xét của một tháng: a review "at month M" (a round's reference month, the month chosen on a profile)
/// reads the facts as they stood on M's first day, so the same month gives the same facts wherever it is asked.</summary>
public static class ReviewDays
{
    public static DateOnly Of(YearMonth month) => new(month.Year, month.Month, 1);
}
