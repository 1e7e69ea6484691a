namespace QuyHoach.Cli.Backups;

/// <summary>A moment as an operator writes it, <c>yyyy-MM-dd HH:mm:ss</c>, in the machine's time zone.</summary>
internal static class LocalMoment
{
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";

    public static string Format(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.Local).ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string option, string text)
    {
        if (!DateTime.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new CliUsageException($"Tham số --{option} phải có dạng {Pattern} (giờ của máy chủ), ví dụ \"2026-12-03 14:30:00\" (đã nhận \"{text}\").");
        }

        return new DateTimeOffset(local, TimeZoneInfo.Local.GetUtcOffset(local));
    }
}
