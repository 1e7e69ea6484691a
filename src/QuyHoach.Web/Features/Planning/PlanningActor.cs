namespace QuyHoach.Web.Features.Planning;

/// <summary>Người thao tác: the signed-in account as the planning handlers see it (id, roles, scope organisation).</summary>
public sealed record PlanningActor(Guid UserId, IReadOnlySet<string> Roles, Guid? OrganisationId)
{
    public bool Is(string role) => Roles.Contains(role);

    public bool IsStaff => Is(AppRoles.Staff);

    public bool IsLeader => Is(AppRoles.Leader);

    public bool IsCounter => Is(AppRoles.Counter);

    /// <summary>The user name, as the audit log names the actor.</summary>
    public string Name { get; init; } = "";

    /// <summary>The actor as the audit log records them.</summary>
    public AuditActor Audit => new(UserId, Name);

    public static PlanningActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new PlanningActor(id, roles, UserClaims.Organisation(user)) { Name = user.Identity?.Name ?? "" };
    }
}
