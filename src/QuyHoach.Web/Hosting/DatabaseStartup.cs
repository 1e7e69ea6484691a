using System.Net.Sockets;
using Npgsql;
using QuyHoach.Data.Migrations;
using QuyHoach.Data.Postgres;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Runs before the server accepts requests: starts the private PostgreSQL cluster when no connection string is
/// configured, applies the SQL migrations as the schema's owner (granting the application's role what it needs),
/// warns when the application's role is a superuser, and seeds the demo on first start. Stops the private cluster last.
/// </summary>
internal sealed class DatabaseStartup(
    DatabaseEndpoint endpoint,
    IServiceScopeFactory scopes,
    IConfiguration configuration,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    private LocalPostgres? _cluster;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (endpoint.Configured is null)
        {
            _cluster = await LocalPostgres.StartAsync(endpoint.DataFolder, logger, cancellationToken).ConfigureAwait(false);
            endpoint.UsePrivateCluster(_cluster);
        }

        var target = endpoint.ConnectionString;
        IReadOnlyList<int> applied;
        try
        {
            var (role, superuser) = await ReadRoleAsync(target, cancellationToken).ConfigureAwait(false);
            if (superuser)
            {
                logger.LogWarning(
                    "Ứng dụng đang kết nối cơ sở dữ liệu bằng vai trò {Role} có quyền SUPERUSER: vai trò này tắt được các trigger bảo vệ nhật ký kiểm tra. Hãy cho ứng dụng một vai trò không phải superuser, không sở hữu bảng nào, và đặt ConnectionStrings__QuyHoachMigrations cho vai trò chủ sở hữu (xem docs/operations.md).",
                    role);
            }

            target = endpoint.MigrationsConnectionString;
            var grantTo = target == endpoint.ConnectionString ? null : role;
            applied = await MigrationRunner.MigrateAsync(target, grantTo, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException && ex is not PostgresException)
        {
            throw new StartupProblemException(Unreachable(target, ex), ex);
        }
        catch (MigrationException ex)
        {
            // An edited or failing migration: the message names it and says what to do.
            throw new StartupProblemException(ex.Message, ex);
        }
        catch (PostgresException ex)
        {
            throw new StartupProblemException($"Cơ sở dữ liệu từ chối kết nối hoặc thao tác: {ex.MessageText}. Kiểm tra tài khoản và quyền trong ConnectionStrings__QuyHoach (và ConnectionStrings__QuyHoachMigrations nếu có).", ex);
        }

        if (applied.Count > 0)
        {
            logger.LogInformation("Applied migrations {Versions}", string.Join(", ", applied));
        }

        if (configuration.GetValue("QuyHoach:SeedDemo", true))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken).ConfigureAwait(false);
        }

        // The embedded rule sets into the store, after the demo so its rounds point at their versions (R-REG-4).
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
            await Data.RuleSets.RuleSetSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<Data.QuyHoachDbContext>(), now, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_cluster is not null)
        {
            await _cluster.StopAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Who the application is in the database, and whether that role is a superuser.</summary>
    private static async Task<(string Role, bool Superuser)> ReadRoleAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT current_user::text, rolsuper FROM pg_roles WHERE rolname = current_user", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetString(0), reader.GetBoolean(1));
    }

    private static string Unreachable(string connectionString, Exception ex)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var reason = ex.InnerException?.Message ?? ex.Message;
        return $"Không kết nối được cơ sở dữ liệu PostgreSQL tại {target.Host}:{target.Port} (CSDL {target.Database}): {reason}. "
            + "Kiểm tra máy chủ PostgreSQL và biến ConnectionStrings__QuyHoach, hoặc bỏ biến đó để ứng dụng tự chạy cụm PostgreSQL riêng.";
    }
}
