using QuyHoach.Data.Postgres;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Where the database is: the configured <c>ConnectionStrings:QuyHoach</c>, or the private cluster started by
/// <see cref="DatabaseStartup"/>. Resolved lazily so that tests can configure it after Program runs.
/// </summary>
public sealed class DatabaseEndpoint(IConfiguration configuration)
{
    private string? _privateCluster;

    /// <summary>The configured connection string, or null when the app must run its own cluster.</summary>
    public string? Configured => configuration.GetConnectionString("QuyHoach") is { Length: > 0 } value ? value : null;

    public string ConnectionString => Configured ?? _privateCluster
        ?? throw new StartupProblemException("Cơ sở dữ liệu chưa sẵn sàng: cụm PostgreSQL riêng chưa được khởi động.");

    /// <summary>The data folder: <c>QUYHOACH_DATA</c>, default <c>./.data</c>.</summary>
    public string DataFolder => configuration["QUYHOACH_DATA"] is { Length: > 0 } folder ? folder : Path.Combine(Environment.CurrentDirectory, ".data");

    internal void UsePrivateCluster(string connectionString) => _privateCluster = connectionString;
}
