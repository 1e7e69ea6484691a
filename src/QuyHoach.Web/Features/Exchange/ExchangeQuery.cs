using System.Globalization;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>What the export form sends: a unit (picked), the day and time after which records changed (Vietnam time), a format.</summary>
public static class ExchangeQuery
{
    /// <summary>The moment "dd/MM/yyyy" + "HH:mm" in Vietnam time stands for; null when both are empty; an error when unreadable.</summary>
    public static (DateTimeOffset? Since, string? Error) Since(string? day, string? time)
    {
        if (string.IsNullOrWhiteSpace(day))
        {
            return string.IsNullOrWhiteSpace(time) ? (null, null) : (null, "Hãy ghi ngày (dd/MM/yyyy) cho thời điểm thay đổi.");
        }

        if (!DateOnly.TryParseExact(day.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, $"Ngày \"{day}\" không hợp lệ; hãy ghi dd/MM/yyyy.");
        }

        var clock = TimeOnly.MinValue;
        if (!string.IsNullOrWhiteSpace(time) && !TimeOnly.TryParseExact(time.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
        {
            return (null, $"Giờ \"{time}\" không hợp lệ; hãy ghi HH:mm (ví dụ 08:30).");
        }

        return (new DateTimeOffset(date.ToDateTime(clock), VietnamTime.Offset), null);
    }
}
