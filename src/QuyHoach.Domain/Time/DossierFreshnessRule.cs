using QuyHoach.Domain.Common;

namespace QuyHoach.Domain.Time;

/// <summary>Thời hạn giấy tờ hồ sơ: whether a dossier document is still recent enough on the consideration date.</summary>
/// <param name="IsFresh">The document may be used.</param>
/// <param name="ValidThrough">The last day on which it may be used.</param>
/// <param name="Basis">R-DOS-2.</param>
public sealed record DossierFreshness(bool IsFresh, DateOnly ValidThrough, LegalBasis Basis);

/// <summary>
/// Hồ sơ không quá k tháng: items 2–5 of the planning dossier (CV 2C-TCTW, assessment, political-standard
/// conclusion, asset declaration) must be no older than the rule set's number of months when considered (R-DOS-2).
/// </summary>
/// <remarks>
/// Valid iff <c>considerationDate ≤ AddMonths(documentDate, months)</c>: a document exactly k months old on that day
/// is still valid (civil-code month end, docs/rules/calendar.md). "Consideration" is the approving body's meeting date (default).
/// </remarks>
public static class DossierFreshnessRule
{
    /// <summary>R-DOS-2: documents at most 6 months old; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis Basis { get; } = LegalBasis.Of("R-DOS-2");

    /// <summary>Checks a document dated <paramref name="documentDate"/> considered on <paramref name="considerationDate"/>.</summary>
    public static DossierFreshness Check(DateOnly documentDate, DateOnly considerationDate, int maxAgeMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxAgeMonths);
        var through = MonthPeriod.AddMonths(documentDate, maxAgeMonths);
        return new DossierFreshness(considerationDate <= through, through, Basis);
    }
}
