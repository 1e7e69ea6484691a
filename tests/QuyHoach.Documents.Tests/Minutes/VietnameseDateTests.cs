using QuyHoach.Documents.Minutes;
using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Tests.Minutes;

public class VietnameseDateTests
{
    [Theory]
    [InlineData("2022-04-04", "ngày 04 tháng 4 năm 2022")]
    [InlineData("2023-01-15", "ngày 15 tháng 01 năm 2023")]
    [InlineData("2023-02-09", "ngày 09 tháng 02 năm 2023")]
    [InlineData("2023-03-01", "ngày 01 tháng 3 năm 2023")]
    [InlineData("2022-12-31", "ngày 31 tháng 12 năm 2022")]
    public void Long_Date_LeadingZeroForDaysBelow10AndMonthsBelow3(string iso, string expected) =>
        Assert.Equal(expected, VietnameseDate.Long(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Line_PlaceAndDate_SeedFormat() =>
        Assert.Equal("Nam Định, ngày 04 tháng 4 năm 2022", VietnameseDate.Line("Nam Định", new DateOnly(2022, 4, 4)));

    [Theory]
    [InlineData(8, 30, "8 giờ 30 phút")]
    [InlineData(14, 0, "14 giờ 00 phút")]
    [InlineData(7, 5, "7 giờ 05 phút")]
    public void Time_HourAndMinute_Written(int hour, int minute, string expected) =>
        Assert.Equal(expected, VietnameseDate.Time(new TimeOnly(hour, minute)));

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(49, "XLIX")]
    public void Roman_TitleGroupNumber_Numeral(int number, string expected) => Assert.Equal(expected, TallyText.Roman(number));

    [Fact]
    public void FromMillimetres_Nd30Margins_Twips() =>
        Assert.Equal([1134, 1701, 850, 11906], new[] { 20, 30, 15, 210 }.Select(Twips.FromMillimetres));
}
