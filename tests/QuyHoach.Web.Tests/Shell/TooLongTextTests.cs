using Microsoft.EntityFrameworkCore;
using Npgsql;
using QuyHoach.Web.Features.Api;

namespace QuyHoach.Web.Tests.Shell;

/// <summary>The backstop behind the handlers' length checks: a text PostgreSQL refuses as too long for its column is
/// a 413 with a Vietnamese page or problem ("nothing was written"), a write that lost a race a 409, never a 500.</summary>
public sealed class TooLongTextTests
{
    [Fact]
    public void StatusFor_TextTooLongForItsColumn_413()
    {
        var tooLong = new DbUpdateException("save failed", new PostgresException("value too long for type character varying(300)", "ERROR", "ERROR", PostgresErrorCodes.StringDataRightTruncation));
        Assert.Equal(413, ApiExceptionHandler.StatusFor(tooLong));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    public void StatusFor_WriteThatLostARace_409NothingWritten(string sqlState)
    {
        var lost = new DbUpdateException("save failed", new PostgresException("race", "ERROR", "ERROR", sqlState));
        Assert.Equal(409, ApiExceptionHandler.StatusFor(lost));
    }

    [Fact]
    public void StatusFor_OtherDatabaseFailure_StillA500()
    {
        var other = new DbUpdateException("save failed", new PostgresException("disk full", "ERROR", "ERROR", PostgresErrorCodes.DiskFull));
        Assert.Equal(500, ApiExceptionHandler.StatusFor(other));
    }
}
