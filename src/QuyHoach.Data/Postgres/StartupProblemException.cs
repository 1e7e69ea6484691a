namespace QuyHoach.Data.Postgres;

/// <summary>
/// A problem of the machine or the configuration that stops the app from starting. The host prints the message
/// (Vietnamese: what is wrong and what to do) as one line and exits, without a stack trace.
/// </summary>
public sealed class StartupProblemException : Exception
{
    public StartupProblemException(string message)
        : base(message)
    {
    }

    public StartupProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupProblemException()
    {
    }
}
