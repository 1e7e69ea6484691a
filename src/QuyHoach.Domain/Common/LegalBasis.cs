namespace QuyHoach.Domain.Common;

/// <summary>
/// Căn cứ pháp lý: the legal basis of a rule or of one verdict reason. <see cref="RuleId"/> is the stable rule id read
/// in <c>docs/rules/</c> (for example <c>R-VOTE-30</c>); the document and article come from the rule set that applies
/// (<c>ruleBases</c> of <c>docs/rules/rule-sets.md</c>), so a QĐ 377 round cites QĐ 377 and a QĐ 50 round QĐ 50.
/// </summary>
/// <param name="RuleId">Stable rule id, e.g. <c>R-QUO-1</c>.</param>
/// <param name="Document">The legal documents as the rule set names them, e.g. <c>Quy định số 50-QĐ/TW ngày
/// 27/12/2021</c>; null until resolved by a rule set (<see cref="Of"/>).</param>
/// <param name="Article">Article and clause where known, e.g. <c>Điều 2 khoản 3</c>.</param>
public sealed record LegalBasis(string RuleId, string? Document = null, string? Article = null)
{
    /// <summary>The basis of <paramref name="ruleId"/> before a rule set names its documents.</summary>
    public static LegalBasis Of(string ruleId) => new(ruleId);

    /// <summary>One line for people: <c>R-QUO-1 · Quy định số 50-QĐ/TW ngày 27/12/2021, Phụ lục 2</c>.</summary>
    public override string ToString() => (Document, Article) switch
    {
        (null, _) => RuleId,
        (_, null) => $"{RuleId} · {Document}",
        _ => $"{RuleId} · {Document}, {Article}",
    };
}
