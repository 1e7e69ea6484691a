using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using QuyHoach.Web.Features.Api;

namespace QuyHoach.Web.Features.Errors;

/// <summary>
/// Answers without a body (a route that does not exist, a form without its token, a method the route does not take):
/// under <c>/api</c> a problem body in Vietnamese, elsewhere a Vietnamese page: <c>/khong-tim-thay</c> for 404,
/// <c>/loi-yeu-cau/{status}</c> for the rest. Unlike UseStatusCodePagesWithReExecute the page is rendered as a GET:
/// re-executing a POST made the page read the refused form and throw.
/// </summary>
public static class StatusPages
{
    private const string GlobalRoutes = "__GlobalEndpointRouteBuilder";

    public static IApplicationBuilder UseStatusPages(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(next =>
        {
            // The rest of the pipeline routed again, so the page's endpoint is found for its own path. A branch of a
            // WebApplication loses the app's endpoints unless given them back (as UseStatusCodePagesWithReExecute does).
            var branch = app.New();
            if (app.Properties.TryGetValue(GlobalRoutes, out var routes))
            {
                branch.Properties[GlobalRoutes] = routes;
            }

            branch.UseRouting();
            branch.Run(next);
            var page = branch.Build();
            var options = Options.Create(new StatusCodePagesOptions { HandleAsync = context => AnswerAsync(context.HttpContext, page) });
            return new StatusCodePagesMiddleware(next, options).Invoke;
        });
    }

    /// <summary>After the antiforgery middleware: a form whose token is missing or wrong is a 400 before any endpoint
    /// reads it (the page or endpoint would otherwise throw on reading the form).</summary>
    public static IApplicationBuilder UseRefusedFormsAnswer(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            // Answered: the error page rendered for this request must not meet the refusal again.
            context.Features.Set<IAntiforgeryValidationFeature?>(null);
            if (ApiProblems.IsApi(context.Request.Path))
            {
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Title = "Thiếu mã chống giả mạo",
                        Detail = "Yêu cầu thay đổi dữ liệu phải gửi mã lấy từ GET /api/v1/antiforgery trong tiêu đề RequestVerificationToken.",
                    },
                }).ConfigureAwait(false);
            }

            return;
        }

        await next(context).ConfigureAwait(false);
    });

    private static async Task AnswerAsync(HttpContext context, RequestDelegate page)
    {
        var status = context.Response.StatusCode;
        if (ApiProblems.IsApi(context.Request.Path))
        {
            await ApiProblemTexts.WriteAsync(context, status).ConfigureAwait(false);
            return;
        }

        var request = context.Request;
        var (path, query, method) = (request.Path, request.QueryString, request.Method);
        var services = context.RequestServices;
        var routeValues = context.Features.Get<IRouteValuesFeature>()?.RouteValues;
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = path,
            OriginalPathBase = request.PathBase,
            OriginalQueryString = query.Value,
            Endpoint = context.GetEndpoint(),
            RouteValues = routeValues is null ? null : new(routeValues),
        });

        // A fresh scope: a page that calls NavigationManager.NotFound() has already initialised its own navigation.
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        context.SetEndpoint(null);
        routeValues?.Clear();
        request.Path = status == StatusCodes.Status404NotFound ? "/khong-tim-thay" : "/loi-yeu-cau/" + status.ToString(CultureInfo.InvariantCulture);
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;
        try
        {
            await page(context).ConfigureAwait(false);
        }
        finally
        {
            (request.Path, request.QueryString, request.Method, context.RequestServices) = (path, query, method, services);
            context.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    }
}
