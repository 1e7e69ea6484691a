namespace QuyHoach.Domain.Calendar;

/// <summary>Ngày nghỉ lễ, tết: one day off that is not a weekend day, with its Vietnamese name.</summary>
/// <param name="Date">The date.</param>
/// <param name="Name">Vietnamese name, e.g. "Giỗ Tổ Hùng Vương" or "Nghỉ bù Quốc khánh".</param>
public sealed record Holiday(DateOnly Date, string Name);

/// <summary>Tùy chọn ngày nghỉ: switches for holidays that are announced but not yet law.</summary>
/// <param name="CultureDayFrom">
/// The first date from which 24 November, "Ngày Văn hóa Việt Nam" (NQ 80-NQ/TW, pending an amendment of BLLĐ
/// Điều 112), is a day off; null (default) keeps it a working day (docs/rules/calendar.md).
/// </param>
public sealed record HolidayOptions(DateOnly? CultureDayFrom = null)
{
    /// <summary>The law as it stands: no Culture Day.</summary>
    public static HolidayOptions Default { get; } = new();
}
