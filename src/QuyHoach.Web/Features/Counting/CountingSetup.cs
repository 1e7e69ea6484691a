namespace QuyHoach.Web.Features.Counting;

/// <summary>The handlers of counting from scans (issue 15).</summary>
public static class CountingSetup
{
    public static IServiceCollection AddCounting(this IServiceCollection services)
    {
        services.AddScoped<ScanUploads>().AddScoped<ScanUploadHandler>().AddScoped<ScanBoardQuery>().AddScoped<ScanDecisionHandler>();
        services.AddScoped<ScanTallyHandler>().AddScoped<ScanImageHandler>();
        services.AddSingleton<ScanReader>();
        return services;
    }
}
