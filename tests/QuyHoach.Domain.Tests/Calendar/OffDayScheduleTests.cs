using QuyHoach.Domain.Calendar;

namespace QuyHoach.Domain.Tests.Calendar;

public class OffDayScheduleTests
{
    [Fact]
    public void LoadEmbedded_ShippedData_CoversEachYear2020To2026WithSources()
    {
        var rows = OffDaySchedule.LoadEmbedded();
        Assert.Equal(Enumerable.Range(2020, 7), rows.Select(r => r.Date.Year).Distinct().Order());
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Contains(new OffDayOverride(new DateOnly(2025, 4, 26), OffDayKind.WorkingDay, "Làm bù cho ngày 02/5", rows.First(r => r.Date == new DateOnly(2025, 4, 26)).Source), rows);
    }

    // A day off on a weekend would be meaningless; a working day must override a weekend or a formula holiday.
    [Fact]
    public void LoadEmbedded_ShippedData_RowsAreMeaningful()
    {
        var formula = new WorkingCalendar([]);
        foreach (var row in OffDaySchedule.LoadEmbedded())
        {
            switch (row.Kind)
            {
                case OffDayKind.DayOff:
                    Assert.False(StatutoryHolidays.IsWeekend(row.Date), row.Date.ToString("O"));
                    break;
                case OffDayKind.WorkingDay:
                    Assert.False(formula.IsWorkingDay(row.Date), row.Date.ToString("O"));
                    break;
            }
        }
    }

    [Fact]
    public void Parse_ValidRow_ReadsAllFields() =>
        Assert.Equal(
            [new OffDayOverride(new DateOnly(2027, 2, 5), OffDayKind.DayOff, "Tết Nguyên đán", "Thông báo X")],
            OffDaySchedule.Parse("""{"days":[{"date":"2027-02-05","kind":"dayOff","name":"Tết Nguyên đán","source":"Thông báo X"}]}"""));

    [Theory]
    [InlineData("""{"days":[{"date":"2027-02-30","kind":"dayOff","name":"a","source":"b"}]}""")]
    [InlineData("""{"days":[{"date":"2027-02-05","kind":"holiday","name":"a","source":"b"}]}""")]
    [InlineData("""{"days":[{"date":"2027-02-05","kind":"dayOff","name":"a"}]}""")]
    [InlineData("""{"days":[{"date":"2027-02-05","kind":"dayOff","name":"","source":"b"}]}""")]
    [InlineData("""{"days":[{"date":"2027-02-05","kind":"dayOff","name":"a","source":"b"},{"date":"2027-02-05","kind":"workingDay","name":"a","source":"b"}]}""")]
    [InlineData("""{"rows":[]}""")]
    [InlineData("not json")]
    public void Parse_Malformed_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => OffDaySchedule.Parse(json));
}
