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
        Log.Unhandled(logger, exception, httpContext.Request.Method, path, httpContext.TraceIdentifier);
        await ApiProblemTexts.WriteAsync(httpContext, StatusCodes.Status500InternalServerError).ConfigureAwait(false);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {Method} {Path} (trace {TraceId})")]
        public static partial void Unhandled(ILogger logger, Exception exception, string method, string path, string traceId);
    }
}
