namespace QuyHoach.Cli.Tests;

public class RetirementCommandTests
{
    [Theory]
    [InlineData("nam", "1966-04", """{"retirementAge":{"years":62,"months":0},"retirementMonth":"2028-04","pensionStartMonth":"2028-05"}""")]
    [InlineData("nu", "1970-09", """{"retirementAge":{"years":57,"months":8},"retirementMonth":"2028-05","pensionStartMonth":"2028-06"}""")]
    [InlineData("nam", "1965-02", """{"retirementAge":{"years":61,"months":6},"retirementMonth":"2026-08","pensionStartMonth":"2026-09"}""")]
    public async Task Retirement_ValidInput_PrintsJson(string sex, string birth, string json)
    {
        var (exit, output, _) = await CliRunner.Run("retirement", "--sex", sex, "--birth", birth);
        Assert.Equal(0, exit);
        Assert.Equal(json, output);
    }

    [Fact]
    public async Task Retirement_RuleSetQd377_Accepted() =>
        Assert.Equal(0, (await CliRunner.Run("retirement", "--sex", "nam", "--birth", "1966-04", "--rule-set", "qd377")).Exit);

    [Theory]
    [InlineData("Tham số --sex phải là \"nam\" hoặc \"nu\"", "retirement", "--sex", "male", "--birth", "1966-04")]
    [InlineData("Tham số --birth phải có dạng YYYY-MM", "retirement", "--sex", "nam", "--birth", "1966-4")]
    [InlineData("Thiếu tham số bắt buộc --birth", "retirement", "--sex", "nam")]
    [InlineData("Tham số không được hỗ trợ: --brith", "retirement", "--sex", "nam", "--birth", "1966-04", "--brith", "1")]
    [InlineData("Bộ quy tắc không tồn tại: \"qd99\"", "retirement", "--sex", "nam", "--birth", "1966-04", "--rule-set", "qd99")]
    public async Task Retirement_BadInput_ExitTwoWithVietnameseMessage(string message, params string[] args)
    {
        var (exit, output, error) = await CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
