namespace QuyHoach.Web.Features.Bodies;

/// <summary>The handlers of bodies (tập thể): reads, edits, members and their sheet, the cadre picker.</summary>
public static class BodiesSetup
{
    public static IServiceCollection AddBodies(this IServiceCollection services)
    {
        services.AddScoped<BodyQueries>().AddScoped<BodyEditHandler>().AddScoped<MembershipHandler>().AddScoped<BodyMembersUpload>().AddScoped<CadrePickerQuery>();
        return services;
    }
}
