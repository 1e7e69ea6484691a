using Npgsql;

namespace QuyHoach.Web.Tests.Admin;

/// <summary>One row of the audit log as the database holds it.</summary>
internal sealed record AuditRow(long Id, string Action, string ActorName, string? EntityId, string? Before, string? After);

/// <summary>Reads the app's audit log straight from its database (what an inspector would see).</summary>
internal static class AuditRows
{
    public static async Task<List<AuditRow>> ReadAsync(string connectionString, string action)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT id, action, actor_name, entity_id, before::text, after::text FROM audit_events WHERE action = @a ORDER BY id", connection);
        command.Parameters.AddWithValue("a", action);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<AuditRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new AuditRow(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return rows;
    }

    public static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
