using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Reports;

/// <summary>The report handlers and their downloads.</summary>
public static class ReportsSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddSingleton(provider => new ReportCache(provider.GetRequiredService<IConfiguration>().GetValue(ReportCache.Setting, ReportCache.DefaultRows)))
            .AddHostedService<DataChangesPruner>()
            .AddSingleton<ReportWarmer>().AddHostedService(provider => provider.GetRequiredService<ReportWarmer>())
            .AddScoped<ReportScope>().AddScoped<BenchReader>().AddScoped<QualityReader>().AddScoped<PipelineReader>().AddScoped<ReportsHandler>().AddScoped<ReportFiles>();
}
