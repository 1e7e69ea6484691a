namespace QuyHoach.Cli.Infrastructure;

/// <summary>Bad input: the message is Vietnamese, goes to stderr, and the exit code is 2.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException()
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
