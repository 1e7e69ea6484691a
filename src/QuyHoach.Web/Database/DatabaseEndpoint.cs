using Npgsql;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Web.Database;

/// <summary>
/// Where the database is and as whom: the configured <c>ConnectionStrings:QuyHoach</c> (the application's role) and
/// optional <c>ConnectionStrings:QuyHoachMigrations</c> (the owner's role, for migrations), or the private cluster
/// started by <see cref="DatabaseStartup"/> with its two roles; optional <c>ConnectionStrings:QuyHoachReadOnly</c> for
/// read-only lists and reports (<see cref="ReadOnlyDb"/>). Resolved lazily so that tests can configure it after
/// Program runs.
/// </summary>
public sealed class DatabaseEndpoint(IConfiguration configuration)
{
    private string? _privateCluster;
    private string? _privateClusterOwner;

    /// <summary>The configured connection string, or null when the app must run its own cluster.</summary>
    public string? Configured => configuration.GetConnectionString("QuyHoach") is { Length: > 0 } value ? value : null;

    /// <summary>The configured owner's connection string for migrations, or null (migrate as <see cref="Configured"/>).</summary>
    public string? ConfiguredMigrations => configuration.GetConnectionString("QuyHoachMigrations") is { Length: > 0 } value ? value : null;

    /// <summary>The application's connection: never the owner of the schema when migrations run as another role.</summary>
    public string ConnectionString => Configured ?? _privateCluster
        ?? throw new StartupProblemException("Cơ sở dữ liệu chưa sẵn sàng: cụm PostgreSQL riêng chưa được khởi động.");

    /// <summary>The connection migrations run on: the owner's when there is one, else the application's.</summary>
    public string MigrationsConnectionString => Configured is null ? _privateClusterOwner ?? ConnectionString : ConfiguredMigrations ?? ConnectionString;

    /// <summary>The configured read-only connection (a standby, or a role granted only SELECT), or null.</summary>
    public string? ConfiguredReadOnly => configuration.GetConnectionString("QuyHoachReadOnly") is { Length: > 0 } value ? value : null;

    /// <summary>
    /// The connection of <see cref="ReadOnlyDb"/>: <see cref="ConfiguredReadOnly"/>, else the application's own. Either
    /// way every transaction on it is read-only (<c>default_transaction_read_only</c>), so a write through it fails
    /// even when the role could write, and a list that works on the primary works on a standby. PostgreSQL's JIT is off on
    /// it: a report's reads are the only statements costly enough for the planner to compile, and compiling the national
    /// holders' read took 66–75 ms of a core for no faster execution (606 against 616 ms, bench/README.md).
    /// </summary>
    public string ReadOnlyConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(ConfiguredReadOnly ?? ConnectionString);
            builder.Options = string.IsNullOrWhiteSpace(builder.Options)
                ? "-c default_transaction_read_only=on -c jit=off"
                : builder.Options + " -c default_transaction_read_only=on -c jit=off";
            return builder.ConnectionString;
        }
    }

    /// <summary>The private cluster the app started, or null when the database is configured.</summary>
    public LocalPostgres? PrivateCluster { get; private set; }

    /// <summary>The data folder: <c>QUYHOACH_DATA</c>, default <c>./.data</c>.</summary>
    public string DataFolder => configuration["QUYHOACH_DATA"] is { Length: > 0 } folder ? folder : Path.Combine(Environment.CurrentDirectory, ".data");

    internal void UsePrivateCluster(LocalPostgres cluster)
    {
        PrivateCluster = cluster;
        _privateCluster = cluster.ConnectionString;
        _privateClusterOwner = cluster.OwnerConnectionString;
    }
}
