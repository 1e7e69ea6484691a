namespace QuyHoach.Cli.Tests;

public class WorkdaysCommandTests
{
    // the examples of docs/rules/working-days.md.
    [Theory]
    [InlineData("""{"date":"2026-03-27"}""", "workdays", "--from", "2026-02-06", "--add", "30")]
    [InlineData("""{"date":"2026-06-04"}""", "workdays", "--from", "2026-04-20", "--add", "30")]
    [InlineData("""{"workingDays":30}""", "workdays", "--from", "2026-02-06", "--to", "2026-03-27")]
    [InlineData("""{"workingDays":0}""", "workdays", "--from", "2026-02-13", "--to", "2026-02-22", "--rule-set", "qd377")]
    public async Task Workdays_ValidInput_PrintsJson(string json, params string[] args)
    {
        var (exit, output, _) = await CliRunner.Run(args);
        Assert.Equal(0, exit);
        Assert.Equal(json, output);
    }

    [Theory]
    [InlineData("Cần đúng một trong hai tham số --add hoặc --to", "workdays", "--from", "2026-02-06")]
    [InlineData("Cần đúng một trong hai tham số --add hoặc --to", "workdays", "--from", "2026-02-06", "--add", "3", "--to", "2026-03-01")]
    [InlineData("Tham số --add phải là số nguyên", "workdays", "--from", "2026-02-06", "--add", "ba")]
    [InlineData("Tham số --add phải trong khoảng", "workdays", "--from", "2026-02-06", "--add", "-1")]
    [InlineData("Tham số --from phải là ngày có dạng YYYY-MM-DD", "workdays", "--from", "06/02/2026", "--add", "30")]
    [InlineData("Bộ quy tắc không tồn tại: \"QD50\"", "workdays", "--from", "2026-02-06", "--add", "30", "--rule-set", "QD50")]
    public async Task Workdays_BadInput_ExitTwoWithVietnameseMessage(string message, params string[] args)
    {
        var (exit, _, error) = await CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workdays_Help_PrintsVietnameseUsage()
    {
        var (exit, output, _) = await CliRunner.Run("workdays", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("ngày làm việc thứ N sau --from", output, StringComparison.Ordinal);
    }
}
