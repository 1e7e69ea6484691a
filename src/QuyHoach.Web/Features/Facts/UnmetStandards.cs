using QuyHoach.Domain.Development;

namespace QuyHoach.Web.Features.Facts;

/// <summary>
/// Tiêu chuẩn chưa đạt của cán bộ so với chức danh quy hoạch tại một ngày: the obligations of the verdict the rule set
/// plans as development items (DevelopmentObligations), read from the cadre's facts on that day (CadreFactsReader), for
/// the development plan, its generation and the appointment (R-USE-1, R-USE-2, R-STD-1).
/// </summary>
public static class UnmetStandards
{
    /// <summary>The unmet standards of <paramref name="cadreId"/> for <paramref name="titleId"/> on <paramref name="day"/>; none for an unknown cadre.</summary>
    public static async Task<IReadOnlyList<UnmetStandard>> ForAsync(
        QuyHoachDbContext db, Guid cadreId, Guid titleId, DateOnly day, RuleSet ruleSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var cadre = await CadreFactsReader.ReadAsync(db, cadreId, day, cancellationToken).ConfigureAwait(false);
        if (cadre is null)
        {
            return [];
        }

        var title = await PlannedTitles.LoadAsync(db, titleId, cancellationToken).ConfigureAwait(false);
        return DevelopmentObligations.Of(cadre.Facts, title.Standards, ruleSet.Evaluation, ruleSet.Development);
    }
}
