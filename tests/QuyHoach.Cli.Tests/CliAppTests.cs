using QuyHoach.Cli.Infrastructure;

namespace QuyHoach.Cli.Tests;

public class CliAppTests
{
    [Fact]
    public async Task Run_NoCommand_OverviewOnStderrAndExitTwo()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync([], output, error);
        Assert.Equal(CliApp.BadInput, code);
        Assert.Empty(output.ToString());
        Assert.Contains("Các lệnh:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Help_OverviewInVietnameseOnStdoutAndExitZero()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["--help"], output, error);
        Assert.Equal(CliApp.Success, code);
        Assert.Contains("db migrate", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Cách dùng", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownCommand_VietnameseMessageAndExitTwo()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(["khong-co"], output, error);
        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains("Lệnh không tồn tại", error.ToString(), StringComparison.Ordinal);
    }
}
