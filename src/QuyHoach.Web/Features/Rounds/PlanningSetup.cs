using Microsoft.AspNetCore.Antiforgery;
using QuyHoach.Web.Features.Conferences;
using QuyHoach.Web.Features.Plans;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>The handlers of planning rounds and conferences, and the antiforgery check of their unsafe API methods.</summary>
public static class PlanningSetup
{
    public static IServiceCollection AddPlanning(this IServiceCollection services)
    {
        services.AddScoped<GetRoundHandler>().AddScoped<CreateRoundHandler>().AddScoped<EditStepHandler>().AddScoped<CloseRoundHandler>().AddScoped<CancelRoundHandler>();
        services.AddScoped<SourceListQuery>().AddScoped<SourceListHandler>().AddScoped<PlanMembersHandler>().AddScoped<ExternalCandidateHandler>();
        services.AddScoped<GetConferenceHandler>().AddScoped<OpenConferenceHandler>().AddScoped<InviteesHandler>().AddScoped<AttendanceHandler>();
        services.AddScoped<CountingCommitteeHandler>().AddScoped<WriteInHandler>().AddScoped<EnterTallyHandler>().AddScoped<ResolveMismatchHandler>();
        services.AddScoped<ResultsQuery>().AddScoped<ComputeResultsHandler>().AddScoped<CorrectTallyHandler>().AddScoped<HeadDecisionHandler>();
        services.AddScoped<VenueAndStartHandler>();
        services.AddScoped<ConferenceEndHandler>();
        services.AddScoped<Outputs.PlanningDocumentsHandler>();
        services.AddPlans();
        return services;
    }

    public static IEndpointRouteBuilder MapPlanningEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery().AddEndpointFilter(ValidateAntiforgeryAsync);
        api.MapRoundsEndpoints();
        api.MapConferencesEndpoints();
        Outputs.OutputsEndpoints.MapOutputsEndpoints(api);
        api.MapPlansEndpoints();
        return app;
    }

    /// <summary>Unsafe methods carry the antiforgery token (header <c>RequestVerificationToken</c>), as the forms do:
    /// the API shares the sign-in cookie with the pages.</summary>
    private static async ValueTask<object?> ValidateAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.Problem(
                title: "Yêu cầu không hợp lệ",
                detail: "Thiếu hoặc sai mã chống giả mạo yêu cầu (antiforgery). Hãy tải lại trang rồi thử lại.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context).ConfigureAwait(false);
    }
}
