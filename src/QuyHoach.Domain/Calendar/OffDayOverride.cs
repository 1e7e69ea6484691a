namespace QuyHoach.Domain.Calendar;

/// <summary>Loại ngày điều chỉnh: what an announced schedule says about one date.</summary>
public enum OffDayKind
{
    /// <summary>Ngày nghỉ: an extra day off (holiday, compensatory day, or a weekday swapped with a Saturday).</summary>
    DayOff,

    /// <summary>Ngày làm việc: a day worked although it would be off (a Saturday worked in a swap).</summary>
    WorkingDay,
}

/// <summary>
/// Ngày nghỉ, làm bù theo lịch công bố: one dated row of the yearly official schedule for civil servants, which
/// overrides the statutory formula on its date.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Kind">Day off or working day.</param>
/// <param name="Name">Vietnamese name, e.g. "Tết Nguyên đán" or "Làm bù cho ngày 02/5".</param>
/// <param name="Source">The announcing document (number and date) or the press source; "[M] chưa đối chiếu văn bản"
/// when not checked against the text.</param>
public sealed record OffDayOverride(DateOnly Date, OffDayKind Kind, string Name, string Source);
