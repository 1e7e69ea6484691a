using System.Globalization;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Cli.Infrastructure;

/// <summary>
/// The shared <c>--rule-set qd50|qd377|ID|FILE</c> option: a built-in rule set by id, or a JSON file (which may
/// extend a built-in set). Without the option, the set in force at the reference date, else the newest (R-REG-1).
/// </summary>
public static class RuleSetOption
{
    public const string Name = "rule-set";

    public const string Help = "--rule-set qd50|qd377|qd50-nam-dinh|TỆP.json   bộ quy tắc (mặc định: bộ có hiệu lực tại ngày tham chiếu)";

    /// <summary>Resolves the option; <paramref name="referenceDate"/> picks the default set.</summary>
    public static RuleSet Resolve(CliArguments args, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(args);
        var value = args.Optional(Name);
        if (value is null)
        {
            if (referenceDate is not { } date)
            {
                return RuleSetCatalog.BuiltIn.Newest;
            }

            return RuleSetCatalog.BuiltIn.InForceOn(date)
                ?? throw new CliUsageException($"Không có bộ quy tắc nào có hiệu lực ngày {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} (sớm nhất: Quy định 50-QĐ/TW, 27/12/2021).");
        }

        return Load(value);
    }

    /// <summary>Validates the option's value only (for commands not yet wired to rule sets).</summary>
    public static void Validate(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Optional(Name) is { } value)
        {
            Load(value);
        }
    }

    private static RuleSet Load(string value)
    {
        if (RuleSetCatalog.BuiltIn.Find(value) is { } builtIn)
        {
            return builtIn;
        }

        if (!value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !File.Exists(value))
        {
            var ids = string.Join(", ", RuleSetCatalog.BuiltIn.All.Select(s => s.Id));
            throw new CliUsageException($"Bộ quy tắc không tồn tại: \"{value}\" (có sẵn: {ids}; hoặc đường dẫn tệp .json).");
        }

        string text;
        try
        {
            text = File.ReadAllText(value);
        }
        catch (IOException ex)
        {
            throw new CliUsageException($"Không đọc được tệp bộ quy tắc \"{value}\": {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliUsageException($"Không có quyền đọc tệp bộ quy tắc \"{value}\".", ex);
        }

        var result = RuleSetParser.Parse(text, RuleSetCatalog.BuiltInJson);
        return result.Succeeded
            ? result.RuleSet!
            : throw new CliUsageException($"Tệp bộ quy tắc \"{value}\" không hợp lệ:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors.Select(e => "  - " + e)));
    }
}
