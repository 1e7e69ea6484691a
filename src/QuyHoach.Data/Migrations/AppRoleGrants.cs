using Npgsql;

namespace QuyHoach.Data.Migrations;

/// <summary>
/// What the application's database role may do (docs/security.md): read and write the tables, use the sequences,
/// only read and append to the audit log, only read the migration history. It owns nothing, so it cannot ALTER a
/// table, switch a trigger off or drop anything; it is not a superuser, so it cannot set session_replication_role.
/// Applied by <see cref="MigrationRunner"/> as the owner after every migration run (idempotent), and as default
/// privileges so that the tables of later migrations are granted the moment the owner creates them.
/// </summary>
public static class AppRoleGrants
{
    public static async Task ApplyAsync(NpgsqlConnection connection, string? appRole, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (string.IsNullOrEmpty(appRole))
        {
            return;
        }

        await using (var same = new NpgsqlCommand("SELECT current_user = @r", connection))
        {
            same.Parameters.AddWithValue("r", appRole);
            if (await same.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return;
            }
        }

        var role = Quote(appRole);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var grant = new NpgsqlCommand($"""
            GRANT USAGE ON SCHEMA public TO {role};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
            REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM {role};
            REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON schema_history FROM {role};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role};
            """, connection, transaction))
        {
            await grant.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A role name as a quoted SQL identifier.</summary>
    public static string Quote(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
