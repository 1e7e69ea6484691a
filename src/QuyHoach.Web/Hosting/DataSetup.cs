using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;

namespace QuyHoach.Web.Hosting;

/// <summary>PostgreSQL through EF Core, the startup work (private cluster, migrations, demo) and the health check.</summary>
public static class DataSetup
{
    public static WebApplicationBuilder AddQuyHoachData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DatabaseEndpoint>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<QuyHoachDbContext>((services, options) =>
            options.UseNpgsql(services.GetRequiredService<DatabaseEndpoint>().ConnectionString));
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHealthChecks().AddDbContextCheck<QuyHoachDbContext>("database");
        return builder;
    }
}
