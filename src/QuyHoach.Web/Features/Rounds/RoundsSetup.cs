namespace QuyHoach.Web.Features.Rounds;

/// <summary>The handlers of planning rounds: the round and its steps, the source list, plan members, sources from elsewhere.</summary>
public static class RoundsSetup
{
    public static IServiceCollection AddRounds(this IServiceCollection services)
    {
        services.AddScoped<GetRoundHandler>().AddScoped<CreateRoundHandler>().AddScoped<EditStepHandler>().AddScoped<CloseRoundHandler>().AddScoped<CancelRoundHandler>();
        services.AddScoped<SourceListQuery>().AddScoped<SourceListHandler>().AddScoped<PlanMembersHandler>().AddScoped<ExternalCandidateHandler>();
        return services;
    }
}
