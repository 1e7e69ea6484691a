namespace QuyHoach.Cli.Infrastructure;

/// <summary>
/// One `qh` command. Commands are discovered by reflection, so adding one is adding one class in Commands/.
/// </summary>
public interface ICliCommand
{
    /// <summary>The words that select the command, e.g. "retirement" or "db migrate".</summary>
    string Name { get; }

    /// <summary>One Vietnamese line for the command list.</summary>
    string Summary { get; }

    /// <summary>Vietnamese usage text shown by `qh NAME --help`.</summary>
    string Usage { get; }

    /// <summary>Runs the command. Bad input throws <see cref="CliUsageException"/> (exit 2).</summary>
    Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken);
}
