namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Đơn vị chỉ còn lịch sử (R-ORG-2, R-ORG-3): since 01/07/2025 local government has no district level, so a district
/// unit keeps its plans, rounds and cadres for reading but takes no new plan or round dated from that day; a unit a
/// merger, split or rename ended takes none dated from its end, its successor does.
/// </summary>
public static class UnitGuard
{
    /// <summary>Ngày chính quyền địa phương hai cấp bắt đầu (R-ORG-1).</summary>
    public static readonly DateOnly TwoLevelsFrom = new(2025, 7, 1);

    /// <summary>A refusal when the unit is history only on <paramref name="day"/>; null when it may take new work.</summary>
    public static async Task<Refusal?> RefuseAsync(QuyHoachDbContext db, Guid organisationId, DateOnly day, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var unit = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new { o.Name, o.Level, o.EndedOn })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (unit is null)
        {
            return null;
        }

        if (unit.Level == OrganisationLevel.District && day >= TwoLevelsFrom)
        {
            return Refusal.Conflict($"{unit.Name} là đơn vị cấp huyện: từ ngày {PlanningLabels.Date(TwoLevelsFrom)} chính quyền địa phương còn hai cấp (tỉnh, xã), đơn vị cấp huyện chỉ được xem lại lịch sử, không lập quy hoạch hay mở đợt quy hoạch mới (R-ORG-2).");
        }

        return unit.EndedOn is { } ended && day >= ended
            ? Refusal.Conflict($"{unit.Name} đã kết thúc hoạt động từ ngày {PlanningLabels.Date(ended)} (hợp nhất, chia tách hoặc đổi tên): chỉ được xem lại lịch sử; quy hoạch mới lập tại đơn vị kế thừa (R-ORG-3).")
            : null;
    }
}
