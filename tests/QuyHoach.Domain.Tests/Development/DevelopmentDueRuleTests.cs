using System.Globalization;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Development;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.Development;

/// <summary>Hạn hoàn thành nghĩa vụ (R-USE-2): one line per kind of due date and per edge, as ISO dates.</summary>
public sealed class DevelopmentDueRuleTests
{
    [Theory]
    // Before appointment: the first day an appointment may start (15/12/2025 + 3 months, civil code: 16/03/2026).
    [InlineData("beforeAppointment", 0, "2025-12-15", "2026-03-16", 2030, "2026-03-16")]
    // Within the term: the last day of the term's end year.
    [InlineData("withinTerm", 0, "2025-12-15", "2026-03-16", 2030, "2030-12-31")]
    // A number of months: the corresponding day, clamped to the month's end (31/08 + 6 months → 28/02).
    [InlineData("months", 24, "2025-12-15", "2026-03-16", 2030, "2027-12-15")]
    [InlineData("months", 6, "2025-08-31", "2025-12-01", 2030, "2026-02-28")]
    [InlineData("months", 12, "2024-02-29", "2024-05-30", 2030, "2025-02-28")]
    public void DueOn_EachKind_FromTheEntryTimeline(string due, int months, string effective, string appointable, int termEnd, string expected)
    {
        var kind = due switch { "beforeAppointment" => DueKind.BeforeAppointment, "withinTerm" => DueKind.WithinTerm, _ => DueKind.Months };
        var standard = new DevelopmentStandard("X", "Tiêu chuẩn", kind, months, true, LegalBasis.Of("R-USE-2"));
        var timeline = new EntryTimeline(DateOnly.Parse(effective, CultureInfo.InvariantCulture), DateOnly.Parse(appointable, CultureInfo.InvariantCulture), termEnd);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), DevelopmentDueRule.DueOn(standard, timeline));
    }

    [Theory]
    // Due on the day itself is not yet overdue; the day after is.
    [InlineData("2026-03-16", "2026-03-16", 90, false, true)]
    [InlineData("2026-03-16", "2026-03-17", 90, true, false)]
    // Due in exactly the reminder window is reminded; one day further is not.
    [InlineData("2026-06-14", "2026-03-16", 90, false, true)]
    [InlineData("2026-06-15", "2026-03-16", 90, false, false)]
    public void OverdueAndDueSoon_Edges(string due, string today, int days, bool overdue, bool soon)
    {
        var (d, t) = (DateOnly.Parse(due, CultureInfo.InvariantCulture), DateOnly.Parse(today, CultureInfo.InvariantCulture));
        Assert.Equal((overdue, soon), (DevelopmentDueRule.Overdue(d, t), DevelopmentDueRule.DueSoon(d, t, days)));
    }

    [Theory]
    [InlineData("qd50")]
    [InlineData("qd377")]
    [InlineData("qd50-nam-dinh")]
    public void BuiltInRuleSets_PlanEveryObligationOfTheVerdict_WithARuleId(string id)
    {
        var development = RuleSetCatalog.BuiltIn.Find(id)!.Development;
        Assert.Equal(90, development.ReminderDays);
        Assert.Equal(
            ["LLCT_STUDYING", "LLCT_TRAINING_REQUIRED", "POLITICAL_STANDARD_PENDING", "PROFESSIONAL_LEVEL", "STATE_MANAGEMENT_LEVEL"],
            development.Standards.Keys.Order(StringComparer.Ordinal));
        Assert.All(development.Standards.Values, s => Assert.StartsWith("R-", s.Basis.RuleId, StringComparison.Ordinal));
        Assert.Equal((DueKind.BeforeAppointment, true), (development.For("LLCT_STUDYING")!.Due, development.For("LLCT_STUDYING")!.MustMeetBeforeAppointment));
        Assert.False(development.For("STATE_MANAGEMENT_LEVEL")!.MustMeetBeforeAppointment);
    }

    [Fact]
    public void Parse_BadDevelopmentSection_ReportsEveryKey()
    {
        using var stream = typeof(RuleSetParser).Assembly.GetManifestResourceStream("QuyHoach.RuleSets.qd50.json")!;
        var json = new StreamReader(stream).ReadToEnd();
        var broken = json.Replace("\"due\": \"withinTerm\"", "\"due\": \"someday\"", StringComparison.Ordinal).Replace("\"reminderDays\": 90", "\"reminderDays\": 0", StringComparison.Ordinal);
        var errors = RuleSetParser.Parse(broken).Errors.Select(e => e.Key).ToList();
        Assert.Contains("development.standards.LLCT_TRAINING_REQUIRED.due", errors);
        Assert.Contains("development.reminderDays", errors);
    }

    [Fact]
    public void ForAppointment_SplitsRefusingFromWarned_AndObligationsFollowTheVerdict()
    {
        var settings = RuleSetCatalog.BuiltIn.Find("qd50")!;
        var cadre = new CadreFacts(
            "c", Sex.Female, new PartialDate(1980, 5, 1), null, PoliticalTheoryLevel.Intermediate, PoliticalTheoryLevel.Advanced,
            ProfessionalLevel.Bachelor, StateManagementLevel.Specialist, [], [], ViolationStatus.None, PoliticalStandard.Met, false, false, []);
        var standards = new TitleStandards(PoliticalTheoryLevel.Advanced, null, new RequiredLevel<StateManagementLevel>(StateManagementLevel.Principal, true));
        var unmet = DevelopmentObligations.Of(cadre, standards, settings.Evaluation, settings.Development);
        Assert.Equal(["LLCT_STUDYING", "STATE_MANAGEMENT_LEVEL"], unmet.Select(u => u.Reason.Code));
        var appointment = DevelopmentObligations.ForAppointment(unmet);
        Assert.Equal(["LLCT_STUDYING"], appointment.Refusing.Select(u => u.Reason.Code));
        Assert.Equal(["STATE_MANAGEMENT_LEVEL"], appointment.Warnings.Select(u => u.Reason.Code));
        Assert.False(appointment.Allowed);

        var completed = cadre with { PoliticalTheory = PoliticalTheoryLevel.Advanced, StateManagement = StateManagementLevel.Principal };
        Assert.Empty(DevelopmentObligations.Of(completed, standards, settings.Evaluation, settings.Development));
    }
}
