namespace QuyHoach.Web.Features.Shell;

/// <summary>Giờ Việt Nam: UTC+7 all year (no daylight saving since 1975), so dates shown are Vietnamese dates.</summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
