namespace QuyHoach.Web.Features.Plans;

/// <summary>The handlers of dossiers, decisions, the plan, appointments and notices.</summary>
public static class PlansSetup
{
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<DossierQuery>().AddScoped<DossierCommands>().AddScoped<DossierFileHandler>();
        services.AddScoped<DecisionQuery>().AddScoped<ApproveHandler>().AddScoped<RemovalDecisionHandler>().AddScoped<AutomaticRemovalHandler>();
        services.AddScoped<IRoundClosingStep, DossiersOnRoundClose>();
        services.AddScoped<PlanDocumentsHandler>().AddScoped<RoundDocuments>().AddScoped<PlanQuery>().AddScoped<AppointHandler>().AddScoped<ProposalHandler>().AddScoped<NotifyHandler>().AddScoped<RecipientChoicesQuery>().AddScoped<NoticesQuery>().AddScoped<DecisionsWithoutRoundQuery>();
        return services;
    }
}
