namespace QuyHoach.Web.Features.Access;

/// <summary>
/// Quyền với sổ cán bộ: staff and administrators read and change the registry in their scope; leaders and
/// inspectors only read it; the counting committee and delegates have no access to it (docs/security.md, "Ai được xem gì").
/// </summary>
public static class RegistryPolicies
{
    /// <summary>Policy: may read cadres, organisations, titles and bodies in scope.</summary>
    public const string Read = "registry-read";

    /// <summary>Policy: may create and change cadres in scope.</summary>
    public const string Write = "registry-write";

    /// <summary>Roles that may read the registry.</summary>
    public static IReadOnlyList<string> ReadRoles { get; } = [AppRoles.Staff, AppRoles.Admin, AppRoles.Leader, AppRoles.Inspector];

    /// <summary>Roles that may change the registry.</summary>
    public static IReadOnlyList<string> WriteRoles { get; } = [AppRoles.Staff, AppRoles.Admin];

    /// <summary>The two policies and the scope service.</summary>
    public static IServiceCollection AddRegistryAccess(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Read, policy => policy.RequireAuthenticatedUser().RequireRole(ReadRoles))
            .AddPolicy(Write, policy => policy.RequireAuthenticatedUser().RequireRole(WriteRoles));
        services.AddScoped<AccessResolver>().AddScoped<AccountNames>();
        return services;
    }
}
