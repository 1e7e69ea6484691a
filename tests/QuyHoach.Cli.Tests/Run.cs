using QuyHoach.Cli.Infrastructure;

namespace QuyHoach.Cli.Tests;

internal static class Run
{
    public static async Task<(int Code, string Out, string Err)> Qh(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString().TrimEnd(), error.ToString().TrimEnd());
    }
}
