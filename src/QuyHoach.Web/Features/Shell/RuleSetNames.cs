using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Web.Features.Shell;

/// <summary>
/// Tên bộ quy tắc: a rule set by the document it brings, never by its key (qd50, qd377…): its first own citation
/// (for a set extending another, the first it adds) without the parenthesised remark: the regulation's number, date
/// and issuer as the rule set's catalogue writes them.
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

    /// <summary>The name of the built-in rule set stored as <paramref name="key"/> (<c>id</c> or <c>id@version</c>).</summary>
    public static string OfKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = key.Split('@')[0];
        return RuleSetCatalog.BuiltIn.Find(id) is { } ruleSet ? Of(ruleSet) : "bộ quy tắc đã lưu";
    }
}
