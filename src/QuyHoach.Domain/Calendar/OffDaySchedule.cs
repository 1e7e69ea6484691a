using System.Globalization;
using System.Text.Json;

namespace QuyHoach.Domain.Calendar;

/// <summary>
/// Lịch nghỉ công bố hằng năm: reads the dated overrides (days off, Saturdays worked) from JSON. The shipped data,
/// 2020–2026, is an embedded resource; administrators' edits will come from the database as the same rows.
/// </summary>
/// <remarks>
/// Format: <c>{"days":[{"date":"2026-02-16","kind":"dayOff","name":"Tết Nguyên đán","source":"…"}]}</c>; kind is
/// <c>dayOff</c> or <c>workingDay</c>; every field is required and a date appears once. Malformed data is a defect of
/// the shipped file or of the caller, so it throws <see cref="FormatException"/>.
/// </remarks>
public static class OffDaySchedule
{
    /// <summary>Logical name of the embedded resource (see QuyHoach.Domain.csproj).</summary>
    public const string ResourceName = "QuyHoach.Calendar.off-days.json";

    /// <summary>The shipped schedule, read from the Domain assembly's embedded resource.</summary>
    public static IReadOnlyList<OffDayOverride> LoadEmbedded()
    {
        using var stream = typeof(OffDaySchedule).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Thiếu tài nguyên nhúng {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the JSON text of a schedule.</summary>
    public static IReadOnlyList<OffDayOverride> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var rows = new List<OffDayOverride>();
            foreach (var row in document.RootElement.GetProperty("days").EnumerateArray())
            {
                rows.Add(ParseRow(row));
            }

            var duplicate = rows.GroupBy(r => r.Date).FirstOrDefault(g => g.Count() > 1);
            return duplicate is null ? rows : throw new FormatException($"Ngày {duplicate.Key:yyyy-MM-dd} xuất hiện nhiều lần.");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"Lịch nghỉ không hợp lệ: {ex.Message}", ex);
        }
    }

    private static OffDayOverride ParseRow(JsonElement row)
    {
        var dateText = Text(row, "date");
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"Ngày không hợp lệ: \"{dateText}\" (định dạng yyyy-MM-dd).");
        }

        var kind = Text(row, "kind") switch
        {
            "dayOff" => OffDayKind.DayOff,
            "workingDay" => OffDayKind.WorkingDay,
            var other => throw new FormatException($"Loại ngày không hợp lệ: \"{other}\" (dayOff hoặc workingDay)."),
        };
        return new OffDayOverride(date, kind, Text(row, "name"), Text(row, "source"));
    }

    private static string Text(JsonElement row, string property)
    {
        var value = row.GetProperty(property).GetString();
        return string.IsNullOrWhiteSpace(value) ? throw new FormatException($"Thiếu trường \"{property}\".") : value;
    }
}
