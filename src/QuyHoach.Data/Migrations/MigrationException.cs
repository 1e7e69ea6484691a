namespace QuyHoach.Data.Migrations;

/// <summary>A migration could not be applied; the message is Vietnamese and names the migration.</summary>
public sealed class MigrationException : Exception
{
    public MigrationException(string message)
        : base(message)
    {
    }

    public MigrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MigrationException()
    {
    }
}
