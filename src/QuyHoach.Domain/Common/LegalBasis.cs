namespace QuyHoach.Domain.Common;

/// <summary>
/// Căn cứ pháp lý: the legal basis of a rule or of one verdict reason. <see cref="RuleId"/> is the stable id from
/// <c>shared/spec/rules.md</c> (for example <c>R-VOTE-30</c>).
/// </summary>
/// <param name="RuleId">Stable rule id, e.g. <c>R-QUO-1</c>.</param>
/// <param name="Document">The legal document, e.g. <c>Quy định 50-QĐ/TW ngày 27/12/2021</c>.</param>
/// <param name="Article">Article and clause where known, e.g. <c>Điều 2 khoản 3</c>; null when the seeds are the source.</param>
public sealed record LegalBasis(string RuleId, string Document, string? Article = null)
{
    /// <summary>One line for people: <c>R-QUO-1 · Quy định 50-QĐ/TW, Phụ lục 2</c>.</summary>
    public override string ToString() => Article is null ? $"{RuleId} · {Document}" : $"{RuleId} · {Document}, {Article}";
}
