namespace QuyHoach.Web.Features.Exchange;

/// <summary>The national database exchange's services, per request.</summary>
public static class ExchangeSetup
{
    public static IServiceCollection AddNationalExchange(this IServiceCollection services)
    {
        services.AddScoped<ExchangeExport>();
        services.AddScoped<ExchangeUploads>();
        services.AddScoped<ExchangeApplier>();
        return services;
    }
}
