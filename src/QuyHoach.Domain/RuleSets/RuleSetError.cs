namespace QuyHoach.Domain.RuleSets;

/// <summary>Lỗi bộ quy tắc: one problem found while loading a rule set, naming the JSON key.</summary>
/// <param name="Key">Dotted key, e.g. <c>thresholds.final.denominator</c>; empty for the whole document.</param>
/// <param name="Message">Vietnamese message.</param>
public sealed record RuleSetError(string Key, string Message)
{
    /// <summary><c>key: message</c>.</summary>
    public override string ToString() => Key.Length == 0 ? Message : $"{Key}: {Message}";
}

/// <summary>Kết quả nạp bộ quy tắc: the rule set, or every error found.</summary>
/// <param name="RuleSet">The loaded rule set when <see cref="Errors"/> is empty.</param>
/// <param name="Errors">Every problem, in document order.</param>
public sealed record RuleSetLoadResult(RuleSet? RuleSet, IReadOnlyList<RuleSetError> Errors)
{
    /// <summary>True when the rule set loaded without errors.</summary>
    public bool Succeeded => RuleSet is not null && Errors.Count == 0;
}
