namespace QuyHoach.Web.Features.Import;

/// <summary>The Excel import's services: uploads live in memory (singleton), handlers per request.</summary>
public static class ImportSetup
{
    public static IServiceCollection AddRegistryImport(this IServiceCollection services)
    {
        services.AddSingleton<ImportSessions>();
        services.AddSingleton<ImportRunner>();
        services.AddScoped<ImportValidator>();
        services.AddScoped<RegistryImportApplier>();
        return services;
    }
}
