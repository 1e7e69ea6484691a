namespace QuyHoach.Web.Features.Registry;

/// <summary>The registry's handlers and the access service they all go through.</summary>
public static class RegistryServices
{
    public static IServiceCollection AddRegistryFeatures(this IServiceCollection services)
    {
        services.AddRegistryAccess();
        services.AddScoped<CadreListHandler>();
        services.AddScoped<CadreProfileHandler>();
        services.AddScoped<CreateCadreHandler>();
        services.AddScoped<UpdateCadreHandler>();
        services.AddScoped<TitlesHandler>();
        services.AddScoped<RegistryOptionsHandler>();
        services.AddScoped<OrganisationTreeHandler>();
        services.AddScoped<BodyHandler>();
        return services;
    }
}
