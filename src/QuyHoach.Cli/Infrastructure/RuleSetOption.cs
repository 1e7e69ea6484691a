using System.Globalization;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Cli.Infrastructure;

/// <summary>
/// The shared <c>--rule-set qd50|qd377|ID|FILE</c> option: a built-in rule set by id, or a JSON file (which may
/// extend a built-in set), validated on load. Without the option, the base set in force at the command's reference
/// date (R-REG-1), or the newest set when the command has no date.
/// </summary>
public static class RuleSetOption
{
    public const string Name = "rule-set";

    /// <summary>The usage line, with what the command uses when the option is left out.</summary>
    public static string Help(string defaultText) =>
        $"  --rule-set qd50|qd377|qd50-nam-dinh|TỆP.json   bộ quy tắc (mặc định: {defaultText})";

    /// <summary>The usage default of a command that picks the set by a date: "bộ có hiệu lực tại …".</summary>
    public static string InForceAt(string what) => $"bộ có hiệu lực tại {what}";

    /// <summary>The usage default of a command without a date: the newest built-in set, by id.</summary>
    public static string NewestText => $"bộ mới nhất, hiện là {RuleSetCatalog.BuiltIn.Newest.Id}";

    /// <summary>
    /// Resolves the option; <paramref name="referenceDate"/> picks the default set. A date before the first set is
    /// bad input (nothing to judge it by), unless <paramref name="earliestBeforeFirst"/>: look-ups whose answer does
    /// not depend on the regime then use the earliest set.
    /// </summary>
    public static RuleSet Resolve(CliArguments args, DateOnly? referenceDate, bool earliestBeforeFirst = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Optional(Name) is { } value)
        {
            return Load(value);
        }

        var catalog = RuleSetCatalog.BuiltIn;
        if (referenceDate is not { } date)
        {
            return catalog.Newest;
        }

        var earliest = catalog.All.Where(s => s.Extends is null).MinBy(s => s.EffectiveFrom)!;
        return catalog.InForceOn(date)
            ?? (earliestBeforeFirst
                ? earliest
                : throw new CliUsageException($"Không có bộ quy tắc nào có hiệu lực ngày {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} (sớm nhất: {earliest.Id}, từ {earliest.EffectiveFrom.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})."));
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
