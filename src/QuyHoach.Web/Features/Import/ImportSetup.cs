namespace QuyHoach.Web.Features.Import;

/// <summary>The Excel import's services: uploads live in the database (<c>import_sessions</c>), the background runner is one per instance, handlers per request.</summary>
public static class ImportSetup
{
    public static IServiceCollection AddRegistryImport(this IServiceCollection services)
    {
        services.AddScoped<ImportSessions>();
        services.AddSingleton<ImportRunner>();
        services.AddScoped<ImportValidator>();
        services.AddScoped<RegistryImportApplier>();
        return services;
    }
}
