using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.RuleSets;

namespace QuyHoach.Web.Features.Shell;

/// <summary>
/// Tên bộ quy tắc: a rule set by the document it brings, never by its key (qd50, qd377…): its first own citation
/// (for a set extending another, the first it adds) without the parenthesised remark: the regulation's number, date
/// and issuer as the rule set's catalogue writes them. The one place screens name a rule set or a regime.
/// </summary>
public static class RuleSetNames
{
    public static string Of(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var inherited = ruleSet.Extends is { } parent ? RuleSetCatalog.BuiltIn.Find(parent)?.Citations ?? [] : [];
        var own = ruleSet.Citations.Except(inherited).FirstOrDefault() ?? ruleSet.Citations.FirstOrDefault() ?? "Bộ quy tắc không tên";
        var remark = own.IndexOf(" (", StringComparison.Ordinal);
        return remark > 0 ? own[..remark] : own;
    }

    /// <summary>The regulation of a regime: the name of the base set (one that extends none) that governs by it.</summary>
    public static string? OfRegime(Regime regime) =>
        RuleSetCatalog.BuiltIn.All.Where(s => s.Extends is null && s.Regime == regime).MinBy(s => s.EffectiveFrom) is { } set ? Of(set) : null;

    /// <summary>The regulation the newest base set brings: what a province's set extends today.</summary>
    public static string NewestBase => Of(RuleSetCatalog.BuiltIn.Newest);

    /// <summary>The name of the built-in rule set stored as <paramref name="key"/> (<c>id</c> or <c>id@version</c>).</summary>
    public static string OfKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = key.Split('@')[0];
        return RuleSetCatalog.BuiltIn.Find(id) is { } ruleSet ? Of(ruleSet) : "bộ quy tắc đã lưu";
    }

    /// <summary>The name of the set stored as <paramref name="key"/> (<c>id@version</c>, or <c>id</c> for its current
    /// version), read from the store, so an administrator's set is named by its own document.</summary>
    public static async Task<string> OfKeyAsync(QuyHoachDbContext db, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('@');
        var (id, version) = (parts[0], parts.Length > 1 ? parts[1] : null);
        var row = await db.RuleSetVersions.AsNoTracking()
            .Where(r => r.RuleSetId == id && (version == null ? r.ActivatedAt != null : r.Version == version))
            .OrderByDescending(r => r.ActivatedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? OfKey(key) : Of(RuleSetStore.Parse(row));
    }
}
