using QuyHoach.Cli.Infrastructure;

namespace QuyHoach.Cli.Tests;

/// <summary>Runs <c>qh</c> in process and captures its output.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString().TrimEnd(), stderr.ToString().TrimEnd());
    }
}
