using System.Globalization;
using QuyHoach.Cli.Infrastructure;
using QuyHoach.Domain.Common;

namespace QuyHoach.Cli.Commands;

/// <summary>Parsing of the option values shared by the rule look-up commands; every failure is a Vietnamese usage error.</summary>
internal static class CommandInputs
{
    public const string RuleSetUsage = "  --rule-set qd50|qd377|TỆP  bộ quy tắc áp dụng (mặc định qd50)";

    /// <summary>Validates <c>--rule-set</c>: qd50, qd377 or an existing file. Real loading is wired later.</summary>
    public static string? RuleSet(CliArguments args)
    {
        var value = args.Optional("rule-set");
        if (value is null or "qd50" or "qd377" || File.Exists(value))
        {
            return value;
        }

        throw new CliUsageException($"Bộ quy tắc không hợp lệ: \"{value}\". Dùng qd50, qd377 hoặc đường dẫn tới một tệp bộ quy tắc có sẵn.");
    }

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

    public static DateOnly Date(CliArguments args, string name, int minYear = 1900, int maxYear = 2100)
    {
        var text = args.Required(name);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new CliUsageException($"Tham số --{name} phải là ngày có dạng YYYY-MM-DD, ví dụ 2026-02-06 (đã nhận \"{text}\").");
        }

        return value.Year >= minYear && value.Year <= maxYear
            ? value
            : throw new CliUsageException($"Tham số --{name}: chỉ hỗ trợ các năm {minYear}–{maxYear} (đã nhận \"{text}\").");
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
