using Microsoft.AspNetCore.Diagnostics;

namespace QuyHoach.Web.Features.Api;

/// <summary>
/// An unhandled exception: under <c>/api</c> a 500 problem body in Vietnamese (never the HTML error page); elsewhere
/// the error page, always rendered as a GET so that it never reads the form of the POST that failed (a form posted
/// without its antiforgery token made the error page itself throw).
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The middleware has already pointed Request.Path at the error page; the feature keeps the path that failed.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        if (!ApiProblems.IsApi(path))
        {
            httpContext.Request.Method = HttpMethods.Get;
            return false;
        }

        // Handled exceptions are not logged by the middleware: this is the one record of the failure.
        var status = StatusFor(exception);
        if (status == StatusCodes.Status409Conflict)
        {
            Log.Stale(logger, httpContext.Request.Method, path, httpContext.TraceIdentifier);
        }
        else
        {
            Log.Unhandled(logger, exception, httpContext.Request.Method, path, httpContext.TraceIdentifier);
        }

        await ApiProblemTexts.WriteAsync(httpContext, status).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The status of a failed request: a row that changed between reading and saving (a versioned row written by a
    /// handler that does not check the version itself) is the stale-record 409, which a retry after reloading
    /// settles; nothing was written. A missing font is a 503. Everything else is a 500. Pages get the same status (WebSetup).
    /// </summary>
    /// <remarks>
    /// A write that lost a race with the same write (PostgreSQL 23505 on a unique index: a double submit the handler did
    /// not answer itself), or that was chosen as a deadlock's or serialisation's victim (40P01, 40001), is the same 409:
    /// its transaction rolled back, nothing was written, and reloading shows what the other request did.
    /// A text longer than its column (PostgreSQL 22001, a field no handler checked) is a 413: the content is too large
    /// to keep and nothing was written; the handlers check their fields first (TextLimits), this is the backstop.
    /// No Vietnamese font on the machine (a PDF or a chart asked for before the administrator installed it) is the only
    /// 503: the request was right and nothing was written; the health page and the start-up banner say what to install.
    /// </remarks>
    public static int StatusFor(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure } } => StatusCodes.Status409Conflict,
        DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.StringDataRightTruncation } } => StatusCodes.Status413PayloadTooLarge,
        Documents.Pdf.FontMissingException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {Method} {Path} (trace {TraceId})")]
        public static partial void Unhandled(ILogger logger, Exception exception, string method, string path, string traceId);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Stale write refused with 409 in {Method} {Path} (trace {TraceId})")]
        public static partial void Stale(ILogger logger, string method, string path, string traceId);
    }
}
