using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.RuleSets;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Cli.Infrastructure;

/// <summary>
/// The shared <c>--rule-set ID|FILE</c> option: a rule set by id, or a JSON file (which may extend a set), validated on
/// load. The sets are the app's: with a database (<c>--connection</c>, else <c>ConnectionStrings__QuyHoach</c>) the
/// current versions of its rule-set store (RuleSetStore, R-REG-4), as an administrator activated them; without one
/// the sets built into the program. Without the option, the base set in force at the command's reference date
/// (R-REG-1), or the newest set when the command has no date.
/// </summary>
public static class RuleSetOption
{
    public const string Name = "rule-set";

    /// <summary>The usage lines, with what the command uses when the option is left out.</summary>
    public static string Help(string defaultText) =>
        $"""
          --rule-set qd50|qd377|MÃ|TỆP.json   bộ quy tắc (mặc định: {defaultText})
          --connection CHUỖI-KẾT-NỐI           đọc bộ quy tắc đang áp dụng trong cơ sở dữ liệu của ứng dụng (mặc định: ConnectionStrings__QuyHoach nếu có, nếu không: bộ quy tắc có sẵn)
        """;

    /// <summary>The usage default of a command that picks the set by a date: "bộ có hiệu lực tại …".</summary>
    public static string InForceAt(string what) => $"bộ có hiệu lực tại {what}";

    /// <summary>
    /// The documents <paramref name="basis"/> rests on, as the newest built-in set's legal catalogue names them (for a
    /// static help text, which has no rule set yet): no citation is written in a command.
    /// </summary>
    public static string Documents(LegalBasis basis) =>
        RuleSetCatalog.BuiltIn.Newest.Cite(basis).Document ?? basis.RuleId;

    /// <summary>The usage default of a command without a date: the newest base set, by id.</summary>
    public static string NewestText => $"bộ mới nhất, hiện là {RuleSetCatalog.BuiltIn.Newest.Id}";

    /// <summary>
    /// Resolves the option; <paramref name="referenceDate"/> picks the default set. A date before the first set is
    /// bad input (nothing to judge it by), unless <paramref name="earliestBeforeFirst"/>: look-ups whose answer does
    /// not depend on the regime then use the earliest set.
    /// </summary>
    public static async Task<RuleSet> ResolveAsync(CliArguments args, DateOnly? referenceDate, CancellationToken cancellationToken, bool earliestBeforeFirst = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (catalog, baseTexts) = await SetsAsync(args, cancellationToken).ConfigureAwait(false);
        if (args.Optional(Name) is { } value)
        {
            return Load(value, catalog, baseTexts);
        }

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

    /// <summary>The store's current sets when a database is named, else the built-in ones.</summary>
    private static async Task<(RuleSetCatalog Catalog, Func<string, string?> BaseTexts)> SetsAsync(CliArguments args, CancellationToken cancellationToken)
    {
        var connection = args.Optional("connection") is { Length: > 0 } named ? named
            : Environment.GetEnvironmentVariable("ConnectionStrings__QuyHoach") is { Length: > 0 } app ? app : null;
        if (connection is null)
        {
            return (RuleSetCatalog.BuiltIn, RuleSetCatalog.BuiltInJson);
        }

        try
        {
            var options = new DbContextOptionsBuilder<QuyHoachDbContext>().UseNpgsql(connection).Options;
            await using var db = new QuyHoachDbContext(options);
            var shelf = await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false);
            return (shelf.Catalog, await RuleSetStore.BaseTextsAsync(db, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or ArgumentException or InvalidOperationException)
        {
            throw new CliUsageException($"Không đọc được kho bộ quy tắc trong cơ sở dữ liệu: {ex.Message}", ex);
        }
    }

    private static RuleSet Load(string value, RuleSetCatalog catalog, Func<string, string?> baseTexts)
    {
        if (catalog.Find(value) is { } known)
        {
            return known;
        }

        if (!value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !File.Exists(value))
        {
            var ids = string.Join(", ", catalog.All.Select(s => s.Id));
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

        var result = RuleSetParser.Parse(text, baseTexts);
        return result.Succeeded
            ? result.RuleSet!
            : throw new CliUsageException($"Tệp bộ quy tắc \"{value}\" không hợp lệ:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors.Select(e => "  - " + e)));
    }
}
