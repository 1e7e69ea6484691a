using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Time;

namespace QuyHoach.Domain.Tests.Discipline;

public class DisciplineTimeRuleTests
{
    // Documented defaults (docs/rules/discipline.md): Party 12; State 12/24; QĐ 377 higher appointment 24/36/60.
    private static readonly DisciplineWaits Waits = new(12, 12, 24, 24, 36, 60);

    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    // the example of docs/rules/discipline.md.
    [Theory]
    [InlineData("2025-03-20", true)]
    [InlineData("2026-03-20", true)]
    [InlineData("2026-03-21", false)]
    [InlineData("2025-03-19", false)]
    public void InForceOn_PartyKhienTrach_InForceThroughCorrespondingDay(string asOf, bool inForce)
    {
        var record = new DisciplineRecord(DisciplineAuthority.Party, DisciplineForm.KhienTrach, D("2025-03-20"));
        var status = DisciplineTimeRule.InForceOn(record, D(asOf), Waits, MonthCountReading.CivilCode);
        Assert.Equal(inForce, status.InForce);
        Assert.Equal(D("2026-03-21"), status.FreeFrom);
        Assert.Equal("R-DIS-P1", status.Basis.RuleId);
    }

    [Fact]
    public void PlanningAllowedFrom_PartyKhienTrach_Case35() =>
        Assert.Equal(D("2026-03-21"), Planning(MonthCountReading.CivilCode, Party(DisciplineForm.KhienTrach, "2025-03-20")).AllowedFrom);

    [Fact]
    public void HigherAppointmentAllowedFrom_PartyKhienTrach_Case35TwentyFourMonths()
    {
        var clearance = DisciplineTimeRule.HigherAppointmentAllowedFrom([Party(DisciplineForm.KhienTrach, "2025-03-20")], Waits, MonthCountReading.CivilCode);
        Assert.Equal(D("2027-03-21"), clearance.AllowedFrom);
        Assert.False(clearance.IsAllowedOn(D("2027-03-20")));
        Assert.True(clearance.IsAllowedOn(D("2027-03-21")));
        Assert.Equal("R-DIS-377A", clearance.Basis.RuleId);
    }

    // the example of docs/rules/discipline.md: Luật CBCC 2019, 12 months light, 24 months heavy.
    [Theory]
    [InlineData(DisciplineForm.KhienTrach, "2025-08-02")]
    [InlineData(DisciplineForm.CanhCao, "2025-08-02")]
    [InlineData(DisciplineForm.HaBacLuong, "2025-08-02")]
    [InlineData(DisciplineForm.GiangChuc, "2026-08-02")]
    [InlineData(DisciplineForm.CachChuc, "2026-08-02")]
    public void PlanningAllowedFrom_StateForms_Case36(DisciplineForm form, string expected)
    {
        var record = new DisciplineRecord(DisciplineAuthority.State, form, D("2024-08-01"));
        Assert.Equal(D(expected), Planning(MonthCountReading.CivilCode, record).AllowedFrom);
        Assert.True(DisciplineTimeRule.InForceOn(record, D(expected).AddDays(-1), Waits, MonthCountReading.CivilCode).InForce);
        Assert.False(DisciplineTimeRule.InForceOn(record, D(expected), Waits, MonthCountReading.CivilCode).InForce);
    }

    // the example of docs/rules/discipline.md and the other QĐ 377 waits.
    [Theory]
    [InlineData(DisciplineForm.CachChuc, "2026-01-01", "2031-01-02")]
    [InlineData(DisciplineForm.CanhCao, "2026-01-01", "2029-01-02")]
    [InlineData(DisciplineForm.KhienTrach, "2026-01-01", "2028-01-02")]
    public void HigherAppointmentAllowedFrom_PartyForms_Case37(DisciplineForm form, string effective, string expected) =>
        Assert.Equal(D(expected), DisciplineTimeRule.HigherAppointmentAllowedFrom([Party(form, effective)], Waits, MonthCountReading.CivilCode).AllowedFrom);

    [Fact]
    public void HigherAppointmentAllowedFrom_AnniversaryReading_CorrespondingDay() =>
        Assert.Equal(D("2031-01-01"), DisciplineTimeRule.HigherAppointmentAllowedFrom([Party(DisciplineForm.CachChuc, "2026-01-01")], Waits, MonthCountReading.Anniversary).AllowedFrom);

    // the example of docs/rules/discipline.md: a pending complaint stops the Party lapse.
    [Fact]
    public void InForceOn_ComplaintPending_NeverLapses()
    {
        var record = new DisciplineRecord(DisciplineAuthority.Party, DisciplineForm.CanhCao, D("2025-03-20"), ComplaintPending: true);
        var status = DisciplineTimeRule.InForceOn(record, D("2030-01-01"), Waits, MonthCountReading.CivilCode);
        Assert.True(status.InForce);
        Assert.Null(status.FreeFrom);
        Assert.Null(Planning(MonthCountReading.CivilCode, record).AllowedFrom);
        Assert.False(Planning(MonthCountReading.CivilCode, record).IsAllowedOn(D("2099-01-01")));
    }

    [Fact]
    public void InForceOn_ComplaintDecided_LapseRunsFromComplaintDecision()
    {
        var record = new DisciplineRecord(DisciplineAuthority.Party, DisciplineForm.CanhCao, D("2025-03-20"), ComplaintPending: true, ComplaintDecidedOn: D("2025-07-10"));
        Assert.Equal(D("2026-07-11"), DisciplineTimeRule.InForceOn(record, D("2026-07-10"), Waits, MonthCountReading.CivilCode).FreeFrom);
    }

    [Fact]
    public void InForceOn_NewViolation_NeverLapses() =>
        Assert.Null(DisciplineTimeRule.InForceOn(Party(DisciplineForm.KhienTrach, "2025-03-20") with { NewViolation = true }, D("2027-01-01"), Waits, MonthCountReading.CivilCode).FreeFrom);

    [Fact]
    public void InForceOn_StateComplaintPending_ClockStillRuns() =>
        Assert.Equal(D("2025-08-02"), DisciplineTimeRule.InForceOn(new DisciplineRecord(DisciplineAuthority.State, DisciplineForm.CanhCao, D("2024-08-01"), ComplaintPending: true), D("2025-01-01"), Waits, MonthCountReading.CivilCode).FreeFrom);

    [Theory]
    [InlineData(DisciplineAuthority.Party, DisciplineForm.KhaiTru)]
    [InlineData(DisciplineAuthority.State, DisciplineForm.BuocThoiViec)]
    [InlineData(DisciplineAuthority.State, DisciplineForm.BaiNhiem)]
    public void PlanningAllowedFrom_PermanentForms_NoDate(DisciplineAuthority authority, DisciplineForm form)
    {
        var record = new DisciplineRecord(authority, form, D("2020-01-01"));
        Assert.Null(Planning(MonthCountReading.CivilCode, record).AllowedFrom);
        Assert.Null(DisciplineTimeRule.HigherAppointmentAllowedFrom([record], Waits, MonthCountReading.CivilCode).AllowedFrom);
    }

    [Fact]
    public void PlanningAllowedFrom_PartyAndState_TakesLatest()
    {
        var clearance = Planning(MonthCountReading.CivilCode, Party(DisciplineForm.CanhCao, "2025-03-20"), new DisciplineRecord(DisciplineAuthority.State, DisciplineForm.CachChuc, D("2025-01-10")));
        Assert.Equal(D("2027-01-11"), clearance.AllowedFrom);
        Assert.Equal("R-DIS-50", clearance.Basis.RuleId);
    }

    [Fact]
    public void PlanningAllowedFrom_NoRecordsOrCollectiveOnly_AlwaysAllowed()
    {
        Assert.True(Planning(MonthCountReading.CivilCode).IsAllowedOn(D("2026-01-01")));
        Assert.True(Planning(MonthCountReading.CivilCode, Party(DisciplineForm.KhaiTru, "2025-01-01") with { IsCollective = true }).IsAllowedOn(D("2026-01-01")));
    }

    [Fact]
    public void InForceOn_WaitsAreParameters_UsesGivenMonths() =>
        Assert.Equal(D("2025-09-21"), DisciplineTimeRule.InForceOn(Party(DisciplineForm.KhienTrach, "2025-03-20"), D("2025-04-01"), Waits with { PartyLapseMonths = 6 }, MonthCountReading.CivilCode).FreeFrom);

    [Theory]
    [InlineData(DisciplineAuthority.Party, DisciplineForm.HaBacLuong)]
    [InlineData(DisciplineAuthority.State, DisciplineForm.KhaiTru)]
    public void InForceOn_FormNotOfAuthority_Throws(DisciplineAuthority authority, DisciplineForm form) =>
        Assert.Throws<ArgumentException>(() => DisciplineTimeRule.InForceOn(new DisciplineRecord(authority, form, D("2025-01-01")), D("2025-01-01"), Waits, MonthCountReading.CivilCode));

    private static DisciplineRecord Party(DisciplineForm form, string effective) => new(DisciplineAuthority.Party, form, D(effective));

    private static DisciplineClearance Planning(MonthCountReading reading, params DisciplineRecord[] records) =>
        DisciplineTimeRule.PlanningAllowedFrom(records, Waits, reading);
}
