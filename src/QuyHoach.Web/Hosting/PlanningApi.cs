using QuyHoach.Web.Features.Conferences;
using QuyHoach.Web.Features.Counting;
using QuyHoach.Web.Features.Development;
using QuyHoach.Web.Features.Outputs;
using QuyHoach.Web.Features.Plans;
using QuyHoach.Web.Features.Reports;
using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// The planning API under <c>/api/v1</c>: one group that needs a signed-in user and the antiforgery token on unsafe
/// methods (AntiforgeryPolicy), into which each feature maps its own endpoints.
/// </summary>
public static class PlanningApi
{
    public static IEndpointRouteBuilder MapPlanningApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization().RequireAntiforgeryCheck();
        api.MapRoundsEndpoints();
        api.MapConferencesEndpoints();
        api.MapCountingEndpoints();
        api.MapOutputsEndpoints();
        api.MapPlansEndpoints();
        api.MapReportsEndpoints();
        api.MapDevelopmentEndpoints();
        return app;
    }
}
