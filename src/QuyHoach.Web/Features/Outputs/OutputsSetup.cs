namespace QuyHoach.Web.Features.Outputs;

/// <summary>The handler of a round's documents (minutes, summary, proposed list).</summary>
public static class OutputsSetup
{
    public static IServiceCollection AddOutputs(this IServiceCollection services) => services.AddScoped<PlanningDocumentsHandler>().AddScoped<BallotPrintHandler>();
}
