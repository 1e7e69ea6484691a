using System.Net;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Who may read <c>/metrics</c>: a scraper on the instance's own machine talking to the instance's own port, or a
/// signed-in administrator; anyone else gets 403. "The machine itself" is judged after <see cref="ForwardedProxies"/>
/// and never believes a proxy: a request that came through one (it carries forwarding headers, read or not) is not
/// local, even when the proxy and its client are both on the loopback, so nginx on the same machine cannot make a
/// remote request look local. The headers are noted before the forwarded-headers middleware consumes them
/// (<see cref="NoteProxiedRequests"/>): with no connection address (a Unix socket) it would take a forwarded loopback
/// address for the client's without leaving a trace. Prometheus scrapes each instance at its own loopback port.
/// </summary>
public static class MetricsAccess
{
    private const string CameThroughProxy = "QuyHoach.CameThroughProxy";

    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "X-Original-For", "X-Forwarded-Proto", "X-Original-Proto", "Forwarded"];

    /// <summary>Notes a request that carries forwarding headers; runs before <c>UseForwardedHeaders</c>.</summary>
    public static WebApplication NoteProxiedRequests(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            if (ForwardingHeaders.Any(context.Request.Headers.ContainsKey))
            {
                context.Items[CameThroughProxy] = true;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>The request comes straight from the same machine (no proxy in between).</summary>
    public static bool IsLocal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } remote
            && IPAddress.IsLoopback(remote)
            && !context.Items.ContainsKey(CameThroughProxy)
            && !ForwardingHeaders.Any(context.Request.Headers.ContainsKey);
    }

    public static async Task RefuseOthersAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (IsLocal(context) || context.User.IsInRole(AppRoles.Admin))
        {
            await next().ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("Chỉ quản trị viên hoặc chính máy chủ được đọc số liệu giám sát.", context.RequestAborted).ConfigureAwait(false);
    }
}
