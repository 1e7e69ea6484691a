using QuyHoach.Domain.Calendar;
using QuyHoach.Domain.Dossiers;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Tests.Dossiers;

/// <summary>R-DOS-1 (six items), R-DOS-2 (items 2–5 at most 6 months old on the consideration day, civil-code months) and R-AUTH-2 (30 working days).</summary>
public class DossierAssessmentTests
{
    // QĐ 50 defaults (docs/rules/rule-sets.md): appointment 3 months after approval, documents 6 months, approval within 30 working days.
    private static readonly PlanningWaits Waits = new(3, 6, 30);
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Standard();

    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    private static Dictionary<int, DateOnly> AllItems(DateOnly date) => Enumerable.Range(1, 6).ToDictionary(i => i, _ => date);

    private static ItemState State(DossierCheck check, int item) => check.Items.Single(i => i.Item.Number == item).State;

    [Theory]
    [InlineData(15, 11, 2022, ItemState.Fresh)] // 15/05 + 6 months = 15/11: exactly 6 months old is still valid
    [InlineData(16, 11, 2022, ItemState.Stale)] // one day older
    public void Check_PlainSixMonths_FreshThroughTheCorrespondingDay(int day, int month, int year, ItemState expected)
    {
        var check = DossierAssessment.Check(AllItems(D(15, 5, 2022)), D(day, month, year), null, D(day, month, year), Waits, Calendar);

        Assert.All([2, 3, 4, 5], i => Assert.Equal(expected, State(check, i)));
        Assert.All(check.Items.Where(i => i.Item.TimeLimited), i => Assert.Equal(D(15, 11, 2022), i.ValidThrough));
        Assert.Equal(expected == ItemState.Fresh, check.Ready);
        Assert.True(check.Complete);
    }

    [Theory]
    [InlineData(28, 2, ItemState.Fresh)] // 31/08 + 6 months: February has no 31st, so the period ends at the end of 28/02/2023
    [InlineData(1, 3, ItemState.Stale)]
    public void Check_MonthEnd_CivilCodeLastDayOfTheShorterMonth(int day, int month, ItemState expected)
    {
        var check = DossierAssessment.Check(new Dictionary<int, DateOnly> { [2] = D(31, 8, 2022) }, D(day, month, 2023), null, D(day, month, 2023), Waits, Calendar);

        var cv = check.Items.Single(i => i.Item.Number == 2);
        Assert.Equal((expected, D(28, 2, 2023), D(31, 8, 2022)), (cv.State, cv.ValidThrough, cv.DocumentDate));
    }

    [Fact]
    public void Check_ItemsOneAndSix_NeverStale()
    {
        var dates = AllItems(D(1, 1, 2015));

        var check = DossierAssessment.Check(dates, D(1, 1, 2023), null, D(1, 1, 2023), Waits, Calendar);

        Assert.Equal(
            [ItemState.Present, ItemState.Stale, ItemState.Stale, ItemState.Stale, ItemState.Stale, ItemState.Present],
            check.Items.Select(i => i.State));
        Assert.Null(check.Items[0].ValidThrough);
        Assert.Null(check.Items[5].ValidThrough);
        Assert.True(check.Complete);
        Assert.False(check.Ready);
    }

    [Fact]
    public void Check_MissingItems_NotComplete()
    {
        var dates = AllItems(D(1, 10, 2022));
        dates.Remove(1);
        dates.Remove(4);

        var check = DossierAssessment.Check(dates, D(1, 11, 2022), null, D(1, 11, 2022), Waits, Calendar);

        Assert.Equal([1, 4], check.Items.Where(i => i.State == ItemState.Missing).Select(i => i.Item.Number));
        Assert.Equal(
            [ItemState.Missing, ItemState.Fresh, ItemState.Fresh, ItemState.Missing, ItemState.Fresh, ItemState.Present],
            check.Items.Select(i => i.State));
        Assert.False(check.Complete);
        Assert.False(check.Ready);
        Assert.Equal(6, DossierChecklist.Items.Count);
        Assert.Equal([2, 3, 4, 5], DossierChecklist.Items.Where(i => i.TimeLimited).Select(i => i.Number));
    }

    [Fact]
    public void Check_NoConsiderationDate_WarnsWhenTheDocumentExpiresBeforeThirtyWorkingDays()
    {
        var dates = new Dictionary<int, DateOnly> { [2] = D(15, 5, 2022) }; // valid through 15/11/2022

        // From Sat 01/10/2022, 30 working days end on Fri 11/11/2022 (no holidays): the CV lasts: fresh.
        var early = DossierAssessment.Check(dates, null, null, D(1, 10, 2022), Waits, Calendar);
        // From Sat 15/10/2022, 30 working days end on Fri 25/11/2022, after 15/11: valid today but must be renewed.
        var late = DossierAssessment.Check(dates, null, null, D(15, 10, 2022), Waits, Calendar);

        Assert.Equal(ItemState.Fresh, State(early, 2));
        Assert.Equal(ItemState.ExpiresSoon, State(late, 2));
        Assert.Equal(D(15, 10, 2022), late.JudgedOn);
    }

    [Theory]
    [InlineData(15, ItemState.Fresh)] // the consideration date is the last valid day: no warning
    [InlineData(16, ItemState.Stale)]
    public void Check_ConsiderationDateSet_JudgedOnThatDayNotToday(int considered, ItemState expected)
    {
        var dates = new Dictionary<int, DateOnly> { [3] = D(15, 5, 2022) };

        var check = DossierAssessment.Check(dates, D(considered, 11, 2022), null, D(1, 8, 2022), Waits, Calendar);

        Assert.Equal(expected, State(check, 3));
        Assert.Equal(D(considered, 11, 2022), check.JudgedOn);
    }

    [Fact]
    public void Check_CompletedOn_ExpiresSoonWhenTheDocumentEndsBeforeTheDueDate()
    {
        // Complete on 01/11/2022, due 30 working days later (Tue 13/12/2022); the CV ends 15/11: expires soon today.
        var check = DossierAssessment.Check(new Dictionary<int, DateOnly> { [5] = D(15, 5, 2022) }, null, D(1, 11, 2022), D(2, 11, 2022), Waits, Calendar);

        Assert.Equal(D(13, 12, 2022), check.Deadline!.DueOn);
        Assert.Equal(ItemState.ExpiresSoon, State(check, 5));
    }

    // Tết Bính Ngọ 2026 (Calendar/Data/off-days.json): days off Mon 16/02 – Fri 20/02/2026. Complete on Mon 09/02/2026:
    // working days 10–13/02 (4), 23/02 – 27/03 (5 weeks, 25 → 29), Mon 30/03 (30). Due Mon 30/03/2026 (R-AUTH-2; docs/rules/calendar.md).
    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void Check_ThirtiethWorkingDayAcrossTet2026_LateOnlyAfterTheDueDay(int decidedDay, bool late)
    {
        var check = DossierAssessment.Check(AllItems(D(9, 2, 2026)), D(decidedDay, 3, 2026), D(9, 2, 2026), D(decidedDay, 3, 2026), Waits, Calendar);

        Assert.Equal(D(30, 3, 2026), check.Deadline!.DueOn);
        Assert.Equal(late, check.Deadline.IsLate);
        Assert.Equal("R-AUTH-2", check.Deadline.Basis.RuleId);
        Assert.True(check.Ready);
    }

    [Fact]
    public void Check_NoCompletedOn_NoDeadline()
    {
        var check = DossierAssessment.Check(AllItems(D(9, 2, 2026)), null, null, D(10, 2, 2026), Waits, Calendar);

        Assert.Null(check.Deadline);
        Assert.Equal("R-DOS-2", DossierAssessment.Basis.RuleId);
    }
}
