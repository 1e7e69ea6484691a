using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.RuleSets;

/// <summary>
/// What one rule set instance always gives the same answer to, worked out once: its <c>id@version</c> reference and
/// the cited basis of each rule id (<see cref="RuleSet.Cite(LegalBasis)"/>), so screening a hundred thousand cadres
/// does not format the same document names for every reason.
/// </summary>
/// <remarks>
/// Kept beside the instance (a <see cref="ConditionalWeakTable{TKey, TValue}"/> keyed by identity), not in a field of
/// the record, so record equality is unchanged and a copy made with <c>with</c> (a new instance) starts its own memo.
/// A rule set's data is read-only once built. A rule whose cited basis cannot be formed throws on every call, as
/// before, because a failed computation is not stored.
/// </remarks>
internal sealed class RuleSetMemo
{
    private static readonly ConditionalWeakTable<RuleSet, RuleSetMemo> Memos = [];

    private readonly ConcurrentDictionary<string, LegalBasis?> _cited = new(StringComparer.Ordinal);

    private RuleSetMemo(RuleSet ruleSet) => Reference = $"{ruleSet.Id}@{ruleSet.Version}";

    /// <summary><c>id@version</c>, e.g. <c>qd50@2021.1</c>.</summary>
    public string Reference { get; }

    /// <summary>The memo of <paramref name="ruleSet"/>.</summary>
    public static RuleSetMemo Of(RuleSet ruleSet) => Memos.GetValue(ruleSet, static s => new RuleSetMemo(s));

    /// <summary>
    /// <paramref name="basis"/> as <paramref name="ruleSet"/> cites its rule, formed the first time its rule id is asked
    /// for; <paramref name="basis"/> itself for a rule the set does not list (remembered as null).
    /// </summary>
    public LegalBasis Cited(LegalBasis basis, RuleSet ruleSet) =>
        _cited.GetOrAdd(basis.RuleId, static (id, set) => set.CiteListed(id), ruleSet) ?? basis;
}
