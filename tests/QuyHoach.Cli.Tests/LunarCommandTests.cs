namespace QuyHoach.Cli.Tests;

public class LunarCommandTests
{
    [Theory]
    [InlineData("""{"tet":"2030-02-02","gioTo":"2030-04-12"}""", "lunar", "--year", "2030")]
    [InlineData("""{"tet":"2026-02-17","gioTo":"2026-04-26"}""", "lunar", "--year", "2026", "--rule-set", "qd50")]
    [InlineData("""{"date":"2025-07-25"}""", "lunar", "--to-solar", "2025-06-01", "--leap")]
    [InlineData("""{"date":"2025-06-25"}""", "lunar", "--to-solar", "2025-06-01")]
    [InlineData("""{"year":2025,"month":6,"day":1,"leap":true}""", "lunar", "--to-lunar", "2025-07-25")]
    [InlineData("""{"year":2025,"month":12,"day":29,"leap":false}""", "lunar", "--to-lunar", "2026-02-16")]
    public async Task Lunar_ValidInput_PrintsJson(string json, params string[] args)
    {
        var (exit, output, _) = await CliRunner.Run(args);
        Assert.Equal(0, exit);
        Assert.Equal(json, output);
    }

    [Theory]
    [InlineData("Cần đúng một trong các tham số", "lunar")]
    [InlineData("Cần đúng một trong các tham số", "lunar", "--year", "2030", "--to-lunar", "2030-01-01")]
    [InlineData("Tham số --year phải trong khoảng 1900–2100", "lunar", "--year", "2101")]
    [InlineData("không tồn tại", "lunar", "--to-solar", "2026-04-01", "--leap")]
    [InlineData("không tồn tại", "lunar", "--to-solar", "2025-12-30")]
    [InlineData("Tham số --to-solar phải là ngày âm lịch", "lunar", "--to-solar", "30/12/2025")]
    [InlineData("Tham số --to-lunar phải là ngày có dạng YYYY-MM-DD", "lunar", "--to-lunar", "2025-02-30")]
    [InlineData("Tham số không được hỗ trợ: --leap", "lunar", "--to-lunar", "2025-07-25", "--leap")]
    public async Task Lunar_BadInput_ExitTwoWithVietnameseMessage(string message, params string[] args)
    {
        var (exit, _, error) = await CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
