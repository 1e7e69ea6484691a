using System.Net.Sockets;
using Npgsql;
using QuyHoach.Data.Migrations;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Runs before the server accepts requests: starts the private PostgreSQL cluster when no connection string is
/// configured, applies the SQL migrations, and seeds the demo on first start. Stops the private cluster last.
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
            endpoint.UsePrivateCluster(_cluster.ConnectionString);
        }

        IReadOnlyList<int> applied;
        try
        {
            applied = await MigrationRunner.MigrateAsync(endpoint.ConnectionString, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException && ex is not PostgresException)
        {
            throw new StartupProblemException(Unreachable(endpoint.ConnectionString, ex), ex);
        }
        catch (MigrationException ex)
        {
            // An edited or failing migration: the message names it and says what to do.
            throw new StartupProblemException(ex.Message, ex);
        }
        catch (PostgresException ex)
        {
            throw new StartupProblemException($"Cơ sở dữ liệu từ chối kết nối hoặc thao tác: {ex.MessageText}. Kiểm tra tài khoản và quyền trong ConnectionStrings__QuyHoach.", ex);
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
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_cluster is not null)
        {
            await _cluster.StopAsync().ConfigureAwait(false);
        }
    }

    private static string Unreachable(string connectionString, Exception ex)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var reason = ex.InnerException?.Message ?? ex.Message;
        return $"Không kết nối được cơ sở dữ liệu PostgreSQL tại {target.Host}:{target.Port} (CSDL {target.Database}): {reason}. "
            + "Kiểm tra máy chủ PostgreSQL và biến ConnectionStrings__QuyHoach, hoặc bỏ biến đó để ứng dụng tự chạy cụm PostgreSQL riêng.";
    }
}
