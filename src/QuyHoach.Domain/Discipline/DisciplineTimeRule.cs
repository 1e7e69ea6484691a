using QuyHoach.Domain.Common;
using QuyHoach.Domain.Time;

namespace QuyHoach.Domain.Discipline;

/// <summary>
/// Thời hạn kỷ luật: how long a discipline decision stays in force, and from when a disciplined cadre may be planned
/// again (QĐ 50 regime) or appointed to a higher post (QĐ 377 regime). docs/rules/discipline.md; month periods: R-CAL-3.
/// </summary>
/// <remarks>
/// <para>Party (R-DIS-P1): a decision other than khai trừ lapses <see cref="DisciplineWaits.PartyLapseMonths"/>
/// months after its announcement, or after the announcement of the complaint decision; while a complaint is pending
/// or after a new violation it does not lapse by itself (open end, R-DIS-P1).</para>
/// <para>State (R-DIS-S1): khiển trách, cảnh cáo, hạ bậc lương bar planning for the light period, giáng chức and
/// cách chức for the heavy one, from the effective date. A complaint does not suspend a State decision, so it does not
/// stop the State clock. Bãi nhiệm and buộc thôi việc end the office or the service: they never lapse here.</para>
/// <para>Every period ends under <see cref="MonthPeriod.WaitElapsedOn"/>: civil code by default (free on the day after
/// the corresponding day), anniversary as a setting. Collective decisions never bar the person.</para>
/// </remarks>
public static class DisciplineTimeRule
{
    /// <summary>R-DIS-P1: Party discipline lapses; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis PartyBasis { get; } = LegalBasis.Of("R-DIS-P1");

    /// <summary>R-DIS-S1: State discipline bars; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis StateBasis { get; } = LegalBasis.Of("R-DIS-S1");

    /// <summary>R-DIS-50: re-planning once every decision has expired; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis PlanningBasis { get; } = LegalBasis.Of("R-DIS-50");

    /// <summary>R-DIS-377A: waits before appointment to a higher post; documents and article from the applying rule set (<c>ruleBases</c>).</summary>
    public static LegalBasis HigherAppointmentBasis { get; } = LegalBasis.Of("R-DIS-377A");

    /// <summary>Whether <paramref name="record"/> (or its State bar) is in force on <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException">The form does not exist for the authority (e.g. Party hạ bậc lương).</exception>
    public static DisciplineStatus InForceOn(DisciplineRecord record, DateOnly asOf, DisciplineWaits waits, MonthCountReading reading)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(waits);
        var free = FreeFrom(record, waits, reading);
        var inForce = asOf >= record.EffectiveOn && (free is null || asOf < free.Value);
        return new DisciplineStatus(inForce, free, record.Authority == DisciplineAuthority.Party ? PartyBasis : StateBasis);
    }

    /// <summary>
    /// The first day a cadre with these decisions may be planned again (R-DIS-50): the latest end among the
    /// individual decisions; null when one of them has no end. No decisions → <see cref="DateOnly.MinValue"/>.
    /// </summary>
    public static DisciplineClearance PlanningAllowedFrom(IEnumerable<DisciplineRecord> records, DisciplineWaits waits, MonthCountReading reading) =>
        Clearance(records, waits, r => FreeFrom(r, waits, reading), PlanningBasis);

    /// <summary>
    /// The first day a cadre with these decisions may be appointed or nominated to a higher post under QĐ 377
    /// (R-DIS-377A): the wait for each form counted from <see cref="DisciplineRecord.EffectiveOn"/>, and never before
    /// the decision itself has ended.
    /// </summary>
    /// <remarks>
    /// QĐ 377 names khiển trách (24), cảnh cáo (36) and cách chức (60). Hạ bậc lương and giáng chức are not named;
    /// they take the next heavier named form's wait (cách chức) [M: our reading]. Khai trừ, bãi nhiệm and buộc thôi
    /// việc give no date.
    /// </remarks>
    public static DisciplineClearance HigherAppointmentAllowedFrom(IEnumerable<DisciplineRecord> records, DisciplineWaits waits, MonthCountReading reading) =>
        Clearance(records, waits, r => HigherAppointmentFrom(r, waits, reading), HigherAppointmentBasis);

    /// <summary>The latest end among the individual (not collective) decisions; null when one has no end.</summary>
    private static DisciplineClearance Clearance(IEnumerable<DisciplineRecord> records, DisciplineWaits waits, Func<DisciplineRecord, DateOnly?> endOf, LegalBasis basis)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(waits);
        return new DisciplineClearance(Latest(records.Where(r => !r.IsCollective).Select(endOf)), basis);
    }

    private static DateOnly? HigherAppointmentFrom(DisciplineRecord record, DisciplineWaits waits, MonthCountReading reading)
    {
        int? months = record.Form switch
        {
            DisciplineForm.KhienTrach => waits.HigherAppointmentKhienTrachMonths,
            DisciplineForm.CanhCao => waits.HigherAppointmentCanhCaoMonths,
            DisciplineForm.HaBacLuong or DisciplineForm.GiangChuc or DisciplineForm.CachChuc => waits.HigherAppointmentCachChucMonths,
            DisciplineForm.BaiNhiem or DisciplineForm.BuocThoiViec or DisciplineForm.KhaiTru => null,
        };
        var ended = FreeFrom(record, waits, reading);
        if (months is null || ended is null)
        {
            return null;
        }

        var waited = MonthPeriod.WaitElapsedOn(record.EffectiveOn, months.Value, reading);
        return waited > ended.Value ? waited : ended;
    }

    private static DateOnly? FreeFrom(DisciplineRecord record, DisciplineWaits waits, MonthCountReading reading) =>
        record.Authority switch
        {
            DisciplineAuthority.Party => PartyFreeFrom(record, waits, reading),
            DisciplineAuthority.State => StateFreeFrom(record, waits, reading),
        };

    private static DateOnly? PartyFreeFrom(DisciplineRecord record, DisciplineWaits waits, MonthCountReading reading)
    {
        switch (record.Form)
        {
            case DisciplineForm.KhienTrach or DisciplineForm.CanhCao or DisciplineForm.CachChuc:
                break;
            case DisciplineForm.KhaiTru:
                return null;
            case DisciplineForm.HaBacLuong or DisciplineForm.GiangChuc or DisciplineForm.BaiNhiem or DisciplineForm.BuocThoiViec:
                throw new ArgumentException($"Hình thức {record.Form} không phải là kỷ luật Đảng.", nameof(record));
        }

        // A decided complaint restarts the clock from its announcement; an undecided one keeps the end open.
        if (record.NewViolation || (record.ComplaintPending && record.ComplaintDecidedOn is null))
        {
            return null;
        }

        var start = record.ComplaintDecidedOn ?? record.EffectiveOn;
        return MonthPeriod.WaitElapsedOn(start, waits.PartyLapseMonths, reading);
    }

    private static DateOnly? StateFreeFrom(DisciplineRecord record, DisciplineWaits waits, MonthCountReading reading)
    {
        int? months = record.Form switch
        {
            DisciplineForm.KhienTrach or DisciplineForm.CanhCao or DisciplineForm.HaBacLuong => waits.StateLightBarMonths,
            DisciplineForm.GiangChuc or DisciplineForm.CachChuc => waits.StateHeavyBarMonths,
            DisciplineForm.BaiNhiem or DisciplineForm.BuocThoiViec => null,
            DisciplineForm.KhaiTru => throw new ArgumentException("Khai trừ là kỷ luật Đảng, không phải kỷ luật hành chính.", nameof(record)),
        };
        return months is null ? null : MonthPeriod.WaitElapsedOn(record.EffectiveOn, months.Value, reading);
    }

    private static DateOnly? Latest(IEnumerable<DateOnly?> ends)
    {
        var latest = DateOnly.MinValue;
        foreach (var end in ends)
        {
            if (end is null)
            {
                return null;
            }

            latest = end.Value > latest ? end.Value : latest;
        }

        return latest;
    }
}
