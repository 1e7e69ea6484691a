using QuyHoach.Domain.Calendar;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Domain.Time;

namespace QuyHoach.Domain.Dossiers;

/// <summary>Tình trạng một thành phần hồ sơ.</summary>
public enum ItemState
{
    /// <summary>Chưa có.</summary>
    Missing,

    /// <summary>Có, không bị giới hạn thời gian.</summary>
    Present,

    /// <summary>Còn hạn vào ngày xem xét.</summary>
    Fresh,

    /// <summary>Còn hạn hôm nay nhưng sẽ quá hạn trước ngày xem xét hoặc hạn phê duyệt: cần cập nhật.</summary>
    ExpiresSoon,

    /// <summary>Quá 6 tháng vào ngày xem xét (R-DOS-2).</summary>
    Stale,
}

/// <summary>Kết quả kiểm tra một thành phần.</summary>
/// <param name="Item">The item.</param>
/// <param name="State">Its state.</param>
/// <param name="DocumentDate">The date of its newest document, if any.</param>
/// <param name="ValidThrough">The last day it may be used (time-limited items).</param>
public sealed record ItemCheck(DossierItem Item, ItemState State, DateOnly? DocumentDate, DateOnly? ValidThrough);

/// <summary>Kết quả kiểm tra hồ sơ.</summary>
/// <param name="Items">The six items.</param>
/// <param name="JudgedOn">The date freshness was judged on: the consideration date, else the day asked about.</param>
/// <param name="Deadline">R-AUTH-2: the approval's due date once the complete dossier was received.</param>
public sealed record DossierCheck(IReadOnlyList<ItemCheck> Items, DateOnly JudgedOn, ApprovalDeadline? Deadline)
{
    /// <summary>Đủ thành phần: every item has a document.</summary>
    public bool Complete => Items.All(i => i.State != ItemState.Missing);

    /// <summary>Đủ và còn hạn: may go before the approving body.</summary>
    public bool Ready => Complete && Items.All(i => i.State != ItemState.Stale);
}

/// <summary>
/// Kiểm tra hồ sơ: completeness (R-DOS-1), freshness of items 2–5 on the consideration date (R-DOS-2) with a warning
/// for a document that will be stale by the consideration date or the approval deadline, and the 30-working-day
/// deadline from the complete dossier (R-AUTH-2).
/// </summary>
/// <remarks>Without a consideration date, freshness is judged on the day asked about and the warning looks ahead to
/// the approval deadline, so staff renew a document before it can expire in the approving body's hands.</remarks>
public static class DossierAssessment
{
    /// <summary>R-DOS-2 (freshness) · see <see cref="DossierFreshnessRule"/>.</summary>
    public static LegalBasis Basis => DossierFreshnessRule.Basis;

    /// <param name="newestDates">Item number → the date of its newest document.</param>
    /// <param name="consideredOn">The approving body's meeting date, when known.</param>
    /// <param name="completedOn">The day the complete dossier was received, when known.</param>
    /// <param name="today">The day asked about (judges freshness when no consideration date is set; the deadline's "late").</param>
    /// <param name="waits">The rule set's months and working days.</param>
    /// <param name="calendar">Working days for R-AUTH-2.</param>
    public static DossierCheck Check(
        IReadOnlyDictionary<int, DateOnly> newestDates, DateOnly? consideredOn, DateOnly? completedOn, DateOnly today, PlanningWaits waits, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(newestDates);
        ArgumentNullException.ThrowIfNull(waits);
        ArgumentNullException.ThrowIfNull(calendar);
        var deadline = completedOn is { } complete ? ApprovalDeadlineRule.Check(complete, consideredOn ?? today, waits.ApprovalWorkingDays, calendar) : null;
        var judgedOn = consideredOn ?? today;
        // Warn ahead: a document must last until the consideration date, else until the approval deadline (counted from
        // today while the dossier is still being completed).
        var horizon = consideredOn ?? deadline?.DueOn ?? calendar.AddWorkingDays(today, waits.ApprovalWorkingDays);
        var items = new List<ItemCheck>();
        foreach (var item in DossierChecklist.Items)
        {
            if (!newestDates.TryGetValue(item.Number, out var date))
            {
                items.Add(new ItemCheck(item, ItemState.Missing, null, null));
                continue;
            }

            if (!item.TimeLimited)
            {
                items.Add(new ItemCheck(item, ItemState.Present, date, null));
                continue;
            }

            var now = DossierFreshnessRule.Check(date, judgedOn, waits.DossierFreshnessMonths);
            var state = !now.IsFresh ? ItemState.Stale
                : horizon > now.ValidThrough ? ItemState.ExpiresSoon
                : ItemState.Fresh;
            items.Add(new ItemCheck(item, state, date, now.ValidThrough));
        }

        return new DossierCheck(items, judgedOn, deadline);
    }
}
