using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using QuyHoach.Web.Features.Account;
using QuyHoach.Web.Features.Api;

namespace QuyHoach.Web.Features.Security;

/// <summary>
/// Rate limits on the sign-in posts (password step and two-factor step), per account and per client address, with
/// ASP.NET Core's rate limiter (docs/security.md). The lockout (SignInLockout.MaxFailedAttempts) bounds guesses on one account;
/// these bound how fast anyone can try, across accounts from one address too. Configuration section
/// <c>SignInLimits</c> (<see cref="SignInLimitOptions"/>).
/// </summary>
public static class SignInLimits
{
    public const string Section = "SignInLimits";
    private const string AccountKey = "qh:signin-limit-account";
    private const string AddressKey = "qh:signin-limit-address";

    public static IServiceCollection AddSignInLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(Section).Get<SignInLimitOptions>() ?? new SignInLimitOptions();
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) => RefuseAsync(context.HttpContext, cancellationToken);
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Partitioned(AddressKey, limits.PerAddressPerMinute),
                Partitioned(AccountKey, limits.PerAccountPerMinute));
        });
    }

    /// <summary>Names the account and address of a sign-in post for the limiter, then runs it.</summary>
    public static IApplicationBuilder UseSignInLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && IsSignInPath(context.Request.Path))
            {
                context.Items[AddressKey] = context.Connection.RemoteIpAddress?.ToString() ?? "?";
                context.Items[AccountKey] = await AccountAsync(context).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
        });
        return app.UseRateLimiter();
    }

    private static bool IsSignInPath(PathString path) =>
        path.Equals("/dang-nhap", StringComparison.OrdinalIgnoreCase) || path.Equals("/dang-nhap/xac-thuc-hai-lop", StringComparison.OrdinalIgnoreCase);

    /// <summary>The user name typed in the password step, or the account the two-factor step is for.</summary>
    private static async Task<string> AccountAsync(HttpContext context)
    {
        if (context.Request.Path.Equals("/dang-nhap", StringComparison.OrdinalIgnoreCase))
        {
            if (!context.Request.HasFormContentType)
            {
                return "";
            }

            // Read once here; the page reads the same buffered form afterwards.
            var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
            return "password:" + PasswordPolicy.Fold(form["Input.UserName"].ToString());
        }

        var step = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme).ConfigureAwait(false);
        return "code:" + (step.Principal?.FindFirstValue(ClaimTypes.Name) ?? "");
    }

    private static PartitionedRateLimiter<HttpContext> Partitioned(string key, int permits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Items[key] is string value
                ? RateLimitPartition.GetFixedWindowLimiter(value, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, permits),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));

    private static async ValueTask RefuseAsync(HttpContext context, CancellationToken cancellationToken)
    {
        const string Detail = "Có quá nhiều lần đăng nhập trong thời gian ngắn. Hãy chờ một phút rồi thử lại.";
        context.Response.Headers.RetryAfter = "60";
        if (ApiProblems.IsApi(context.Request.Path))
        {
            await Results.Problem(title: "Quá nhiều yêu cầu", detail: Detail, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>Quá nhiều lần đăng nhập · QuyHoach</title></head>
            <body><main><h1>Quá nhiều lần đăng nhập</h1><p>{Detail}</p><p><a href="/dang-nhap">Về trang đăng nhập</a></p></main></body></html>
            """), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The <c>SignInLimits</c> configuration section; the defaults hold when it is absent.</summary>
public sealed class SignInLimitOptions
{
    /// <summary>Sign-in posts naming one account, per minute (the password and the code step counted apart).</summary>
    public int PerAccountPerMinute { get; set; } = 30;

    /// <summary>Sign-in posts from one address, per minute: generous, for an office behind one NAT address.</summary>
    public int PerAddressPerMinute { get; set; } = 300;
}
