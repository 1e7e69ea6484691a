using QuyHoach.Web.Database;

namespace QuyHoach.Web.Hosting;

/// <summary>PostgreSQL through EF Core, the startup work (private cluster, migrations, demo) and the health check.</summary>
public static class DataSetup
{
    public static WebApplicationBuilder AddQuyHoachData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DatabaseEndpoint>();
        builder.Services.AddSingleton(TimeProvider.System);
        // Take without OrderBy is deliberate where we use it: counting up to a limit (the cadre list's "hơn 1.000") and
        // taking every match of a narrow search before sorting them (CadreListHandler). EF's warning would be logged
        // on every search, burying the warnings that matter.
        builder.Services.AddSingleton<DataSources>();
        builder.Services.AddDbContext<QuyHoachDbContext>((services, options) => ContextOptions.Configure(options, services.GetRequiredService<DataSources>().Primary));
        builder.Services.AddScoped<ReadOnlyDb>();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHealthChecks().AddDbContextCheck<QuyHoachDbContext>("database");
        return builder;
    }

}
