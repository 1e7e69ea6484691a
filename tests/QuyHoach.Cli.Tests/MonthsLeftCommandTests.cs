namespace QuyHoach.Cli.Tests;

public class MonthsLeftCommandTests
{
    [Theory]
    [InlineData("nam", "1966-04", "2022-04", """{"monthsLeft":72,"retirementMonth":"2028-04"}""")]
    [InlineData("nam", "1970-03", "2022-04", """{"monthsLeft":119,"retirementMonth":"2032-03"}""")]
    [InlineData("nu", "1973-04", "2022-04", """{"monthsLeft":116,"retirementMonth":"2031-12"}""")]
    [InlineData("nam", "1959-06", "2022-04", """{"monthsLeft":-34,"retirementMonth":"2019-06"}""")]
    public async Task MonthsLeft_ValidInput_PrintsJson(string sex, string birth, string reference, string json)
    {
        var (exit, output, _) = await CliRunner.Run("months-left", "--sex", sex, "--birth", birth, "--ref", reference);
        Assert.Equal(0, exit);
        Assert.Equal(json, output);
    }

    [Theory]
    [InlineData("Thiếu tham số bắt buộc --ref", "months-left", "--sex", "nam", "--birth", "1966-04")]
    [InlineData("Tham số --ref phải có dạng YYYY-MM", "months-left", "--sex", "nam", "--birth", "1966-04", "--ref", "2022-13")]
    [InlineData("Không đọc được tệp bộ quy tắc \"/no/such/file.json\"", "months-left", "--sex", "nam", "--birth", "1966-04", "--ref", "2022-04", "--rule-set", "/no/such/file.json")]
    public async Task MonthsLeft_BadInput_ExitTwoWithVietnameseMessage(string message, params string[] args)
    {
        var (exit, _, error) = await CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
