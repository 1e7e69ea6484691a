using QuyHoach.Data.Postgres;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Where the database is and as whom: the configured <c>ConnectionStrings:QuyHoach</c> (the application's role) and
/// optional <c>ConnectionStrings:QuyHoachMigrations</c> (the owner's role, for migrations), or the private cluster
/// started by <see cref="DatabaseStartup"/> with its two roles. Resolved lazily so that tests can configure it after
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

    /// <summary>The data folder: <c>QUYHOACH_DATA</c>, default <c>./.data</c>.</summary>
    public string DataFolder => configuration["QUYHOACH_DATA"] is { Length: > 0 } folder ? folder : Path.Combine(Environment.CurrentDirectory, ".data");

    internal void UsePrivateCluster(LocalPostgres cluster)
    {
        _privateCluster = cluster.ConnectionString;
        _privateClusterOwner = cluster.OwnerConnectionString;
    }
}
