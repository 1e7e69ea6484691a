using QuyHoach.Data.Development;
using QuyHoach.Domain.Development;

namespace QuyHoach.Web.Features.Facts;

/// <summary>Việc chưa hoàn thành của kế hoạch phát triển: what it is, when due, and whether it is past due.</summary>
/// <param name="CadreId">Cadre.</param>
/// <param name="PlanEntryId">Plan entry the item belongs to.</param>
/// <param name="Content">Nội dung.</param>
/// <param name="DueOn">Hạn hoàn thành.</param>
/// <param name="Overdue">Past due on the day read.</param>
public sealed record OpenDevelopmentItem(Guid CadreId, Guid PlanEntryId, string Content, DateOnly DueOn, bool Overdue)
{
    /// <summary>"Content (hạn dd/MM/yyyy, quá hạn)": how every list shows it.</summary>
    public string Text => $"{Content} (hạn {DueOn:dd/MM/yyyy}{(Overdue ? ", quá hạn" : "")})";
}

/// <summary>
/// Nghĩa vụ chưa hoàn thành của cán bộ trong quy hoạch: the open development items of cadres, as facts for the annual
/// review's removal discussion (R-USE-3) and the reminders (R-USE-2).
/// </summary>
public static class OpenDevelopmentItems
{
    /// <summary>The open items of <paramref name="cadreIds"/> on <paramref name="today"/>, by cadre, earliest due first.</summary>
    public static async Task<ILookup<Guid, OpenDevelopmentItem>> ForCadresAsync(
        QuyHoachDbContext db, IReadOnlyCollection<Guid> cadreIds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.DevelopmentItems.AsNoTracking()
            .Where(i => cadreIds.Contains(i.CadreId) && i.Status == DevelopmentItemStatus.Open)
            .OrderBy(i => i.DueOn).ThenBy(i => i.Content)
            .Select(i => new { i.CadreId, i.PlanEntryId, i.Content, i.DueOn })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(r => r.CadreId, r => new OpenDevelopmentItem(r.CadreId, r.PlanEntryId, r.Content, r.DueOn, DevelopmentDueRule.Overdue(r.DueOn, today)));
    }
}
