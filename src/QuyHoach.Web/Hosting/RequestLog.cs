using System.Diagnostics;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Nhật ký truy cập: one line per request with its method, path, status, duration, the signed-in account (or "-")
/// and the trace id, so an administrator can tell who did what and match a line to its trace. Never the query string
/// (a search holds people's names), never a form's or a ballot's contents, never a cookie or a header.
/// </summary>
public static partial class RequestLog
{
    public static WebApplication UseRequestLog(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("QuyHoach.Requests");
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                Served(
                    logger,
                    context.Request.Method,
                    context.Request.Path.Value ?? "/",
                    context.Response.StatusCode,
                    (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? "-" : "-",
                    Activity.Current?.TraceId.ToString() ?? "-");
            }
        });
        return app;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "{Method} {Path} {Status} {ElapsedMs} ms account={Account} trace={TraceId}")]
    private static partial void Served(ILogger logger, string method, string path, int status, long elapsedMs, string account, string traceId);
}
