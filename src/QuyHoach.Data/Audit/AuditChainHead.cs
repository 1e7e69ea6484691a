using System.Globalization;
using Npgsql;

namespace QuyHoach.Data.Audit;

/// <summary>
/// The head of the chain: the hash of the newest row and how many rows the log holds, written <c>HASH:COUNT</c>.
/// Written down (or sent elsewhere) outside the database, it is the anchor that makes a removed tail detectable:
/// later, the row number COUNT must still exist and still carry HASH (<see cref="AuditChainVerifier"/>).
/// </summary>
public sealed record AuditChainHead(string Hash, long Count)
{
    /// <summary>The head as one token, <c>HASH:COUNT</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Hash}:{Count}");

    /// <summary>Reads <c>HASH:COUNT</c> (64 hex digits, a colon, a whole number); null when it is not one.</summary>
    public static AuditChainHead? TryParse(string? text)
    {
        var parts = text?.Trim().Split(':');
        if (parts is not [var hash, var count]
            || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit)
            || !long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var rows))
        {
            return null;
        }

        return new AuditChainHead(hash.ToLowerInvariant(), rows);
    }

    /// <summary>The head now: one statement, so the hash and the count come from the same snapshot.</summary>
    public static async Task<AuditChainHead> ReadAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT a.hash FROM audit_events a ORDER BY a.id DESC LIMIT 1), (SELECT count(*) FROM audit_events)", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new AuditChainHead(reader.IsDBNull(0) ? AuditChainVerifier.Genesis : reader.GetString(0), reader.GetInt64(1));
    }

    public static async Task<AuditChainHead> ReadAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, cancellationToken).ConfigureAwait(false);
    }
}
