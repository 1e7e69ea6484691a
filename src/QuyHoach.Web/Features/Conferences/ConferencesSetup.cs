namespace QuyHoach.Web.Features.Conferences;

/// <summary>The handlers of conferences: opening, invitees, attendance, counting committee, tallies, results, the head's decision.</summary>
public static class ConferencesSetup
{
    public static IServiceCollection AddConferences(this IServiceCollection services)
    {
        services.AddScoped<GetConferenceHandler>().AddScoped<OpenConferenceHandler>().AddScoped<InviteesHandler>().AddScoped<AttendanceHandler>();
        services.AddScoped<CountingCommitteeHandler>().AddScoped<WriteInHandler>().AddScoped<EnterTallyHandler>().AddScoped<ResolveMismatchHandler>();
        services.AddScoped<ResultsQuery>().AddScoped<ComputeResultsHandler>().AddScoped<CorrectTallyHandler>().AddScoped<HeadDecisionHandler>();
        services.AddScoped<VenueAndStartHandler>().AddScoped<ConferenceEndHandler>();
        return services;
    }
}
