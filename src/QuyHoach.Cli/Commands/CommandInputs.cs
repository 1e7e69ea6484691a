using QuyHoach.Domain.Common;

namespace QuyHoach.Cli.Commands;

/// <summary>Parsing of the option values shared by the commands; every failure is a Vietnamese usage error.</summary>
internal static class CommandInputs
{
    public static Sex Sex(CliArguments args, string name) => args.Required(name) switch
    {
        "nam" => Domain.Common.Sex.Male,
        "nu" or "nữ" => Domain.Common.Sex.Female,
        var other => throw new CliUsageException($"Tham số --{name} phải là \"nam\" hoặc \"nu\" (đã nhận \"{other}\")."),
    };

    public static YearMonth Month(CliArguments args, string name)
    {
        var text = args.Required(name);
        return YearMonth.TryParse(text, out var value)
            ? value
            : throw new CliUsageException($"Tham số --{name} phải có dạng YYYY-MM, ví dụ 1966-04 (đã nhận \"{text}\").");
    }

    /// <summary>A <c>yyyy-MM-dd</c> date in 1900–2100, the years the lunar calendar (and so the holidays) cover.</summary>
    public static DateOnly Date(CliArguments args, string name) => ParseDate(args.Required(name), $"Tham số --{name}");

    public static DateOnly? OptionalDate(CliArguments args, string name) =>
        args.Optional(name) is { } text ? ParseDate(text, $"Tham số --{name}") : null;

    /// <summary>Parses <paramref name="text"/>; <paramref name="what"/> names it in the message ("Tham số --from", "Trường \"asOf\"").</summary>
    public static DateOnly ParseDate(string text, string what)
    {
        const int minYear = 1900, maxYear = 2100;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new CliUsageException($"{what} phải là ngày có dạng YYYY-MM-DD, ví dụ 2026-02-06 (đã nhận \"{text}\").");
        }

        return value.Year is >= minYear and <= maxYear
            ? value
            : throw new CliUsageException($"{what}: chỉ hỗ trợ các năm {minYear}–{maxYear} (đã nhận \"{text}\").");
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
