namespace QuyHoach.Web.Features.Conferences;

/// <summary>
/// Địa điểm và giờ bắt đầu of a conference, read from what a person typed: the venue trimmed (blank means not
/// recorded, at most 300 characters), the start time as <c>hh:mm</c> on a 24-hour clock (blank means not recorded).
/// </summary>
/// <remarks>The start time is the local (Vietnam) time of day on the conference date; "14:00" and "7:30" are read,
/// "25:00", "14h" and "2:00 PM" are refused so that a typo never reaches the minutes.</remarks>
public sealed record ConferenceVenueAndStart(string? Venue, TimeOnly? StartsAt)
{
    public const int VenueMaxLength = 300;

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm"];

    public static Outcome<ConferenceVenueAndStart> Read(string? venue, string? startsAt)
    {
        var place = string.IsNullOrWhiteSpace(venue) ? null : venue.Trim();
        if (place is { Length: > VenueMaxLength })
        {
            return Refusal.BadInput($"Địa điểm hội nghị dài quá {VenueMaxLength} ký tự. Không có thay đổi nào được lưu.");
        }

        var time = ReadTime(startsAt, "Giờ bắt đầu");
        return time.Refused ? time.Refusal! : new ConferenceVenueAndStart(place, time.Value);
    }

    /// <summary>A time of day typed as <c>hh:mm</c> (24 giờ); blank is "not recorded" (null), anything else is refused
    /// with <paramref name="label"/> ("Giờ bắt đầu", "Giờ kết thúc") in the message.</summary>
    public static Outcome<TimeOnly?> ReadTime(string? text, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (TimeOnly?)null;
        }

        if (!TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return Refusal.BadInput($"{label} \"{text.Trim()}\" không hợp lệ: hãy nhập giờ dạng hh:mm (24 giờ), ví dụ 14:00. Không có thay đổi nào được lưu.");
        }

        return (TimeOnly?)time;
    }

    /// <summary>A start time as the forms and the API write it ("14:00").</summary>
    public static string? Format(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
