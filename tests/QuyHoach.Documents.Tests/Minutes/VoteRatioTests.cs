using QuyHoach.Documents.Minutes;

namespace QuyHoach.Documents.Tests.Minutes;

public class VoteRatioTests
{
    [Theory]
    [InlineData(12, 40, "30,00%")]
    [InlineData(2, 3, "66,67%")]
    [InlineData(1, 3, "33,33%")]
    [InlineData(0, 40, "0,00%")]
    [InlineData(9, 9, "100,00%")]
    [InlineData(31, 40, "77,50%")]
    [InlineData(5, 9, "55,56%")]
    [InlineData(1, 6, "16,67%")]
    [InlineData(1, 32, "3,13%")]
    [InlineData(10, 20, "50,00%")]
    [InlineData(1, 7, "14,29%")]
    [InlineData(300, 1000, "30,00%")]
    [InlineData(2999, 10000, "29,99%")]
    public void Percent_AgreeOfBase_TwoDecimalsWithComma(int agree, int whole, string expected) =>
        Assert.Equal(expected, VoteRatio.Percent(agree, whole));

    [Theory]
    [InlineData(1, 8, 1250)]
    [InlineData(1, 16, 625)]
    [InlineData(1, 32, 313)]
    [InlineData(2, 3, 6667)]
    [InlineData(1, 3, 3333)]
    [InlineData(29995, 100000, 3000)]
    [InlineData(29994, 100000, 2999)]
    public void Hundredths_HalfUp_RoundsInIntegers(int agree, int whole, long expected) =>
        Assert.Equal(expected, VoteRatio.Hundredths(agree, whole));

    [Fact]
    public void Hundredths_LargestInts_NoOverflow() =>
        Assert.Equal(10_000, VoteRatio.Hundredths(int.MaxValue, int.MaxValue));

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, -3)]
    [InlineData(-1, 3)]
    public void Percent_NoBaseOrNegativeVotes_Throws(int agree, int whole) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VoteRatio.Percent(agree, whole));
}
