using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Giám sát: OpenTelemetry metrics (ASP.NET Core, Kestrel, the .NET runtime, Npgsql's pools and commands) served to
/// Prometheus at <c>/metrics</c> (<see cref="MetricsAccess"/>: the machine itself or the administrator), and traces of
/// requests and SQL commands, exported by OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Neither carries a query
/// string, a form's contents or a parameter's value; <see cref="RequestLog"/> writes one line per request with the
/// account.
/// </summary>
public static class ObservabilitySetup
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddQuyHoachObservability(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("quyhoach", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Features.Reports.ReportWarmer.MeterName)
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(options => options.Filter = context =>
                        !context.Request.Path.StartsWithSegments(MetricsPath, StringComparison.Ordinal)
                        && !context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal))
                    .AddNpgsql();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
        return builder;
    }

    /// <summary>The Prometheus text at <see cref="MetricsPath"/>, behind <see cref="MetricsAccess"/>.</summary>
    public static WebApplication MapQuyHoachMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(MetricsAccess.RefuseOthersAsync), optionsName: null);
        return app;
    }
}
