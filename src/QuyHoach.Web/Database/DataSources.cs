using Npgsql;

namespace QuyHoach.Web.Database;

/// <summary>
/// Nguồn kết nối: the application's two connection pools, the primary context's and <see cref="ReadOnlyDb"/>'s, built
/// when first used (the endpoint is known only once the private cluster, if any, has started) and owned by the app, so
/// that stopping it closes their connections. Tuned for what the contexts hold on a connection:
/// <list type="bullet">
/// <item>Only built-in types are mapped (the schema declares none of its own; pg_trgm serves indexes only), so Npgsql
/// does not read the catalogue's types on each pool's first connection: about 30 ms of PostgreSQL's time, paid by every
/// start and, in the tests, by every database.</item>
/// <item>A connection returned to the pool is not reset with <c>DISCARD ALL</c>, which Npgsql sends ahead of the
/// connection's next command, so PostgreSQL runs it on every reuse (22,497 times in the old Web tests): the
/// contexts keep no session state (no <c>SET</c>, no temporary table, only transaction-scoped locks; the migration
/// runner's session lock is on its own connection), and the read-only flag is a startup option, which a reset keeps.</item>
/// </list>
/// </summary>
public sealed class DataSources(DatabaseEndpoint endpoint) : IAsyncDisposable
{
    private readonly Lazy<NpgsqlDataSource> _primary = new(() => Build(endpoint.ConnectionString));
    private readonly Lazy<NpgsqlDataSource> _readOnly = new(() => Build(endpoint.ReadOnlyConnectionString));

    /// <summary>The application's connection (<see cref="DatabaseEndpoint.ConnectionString"/>).</summary>
    public NpgsqlDataSource Primary => _primary.Value;

    /// <summary>The read-only connection (<see cref="DatabaseEndpoint.ReadOnlyConnectionString"/>).</summary>
    public NpgsqlDataSource ReadOnly => _readOnly.Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var source in new[] { _primary, _readOnly }.Where(s => s.IsValueCreated))
        {
            await source.Value.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static NpgsqlDataSource Build(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        return builder.Build();
    }
}
