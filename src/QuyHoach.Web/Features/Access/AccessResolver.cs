namespace QuyHoach.Web.Features.Access;

/// <summary>
/// Resolves <see cref="UserAccess"/> for the signed-in user, once per request: the units in scope are
/// <see cref="OrganisationScope"/>'s (the tree kept in memory per version of the database, the same rule the planning handlers use), the rights come from the roles.
/// </summary>
public sealed class AccessResolver(QuyHoachDbContext db)
{
    private UserAccess? _resolved;
    private ClaimsPrincipal? _for;

    public async Task<UserAccess> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (_resolved is not null && ReferenceEquals(_for, user))
        {
            return _resolved;
        }

        _resolved = await ResolveAsync(user, cancellationToken).ConfigureAwait(false);
        _for = user;
        return _resolved;
    }

    private async Task<UserAccess> ResolveAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return UserAccess.None;
        }

        var canRead = RegistryPolicies.ReadRoles.Any(user.IsInRole);
        var canWrite = RegistryPolicies.WriteRoles.Any(user.IsInRole);
        var rootId = PlanningActor.From(user).OrganisationId;
        var scope = await OrganisationScope.ScopeAsync(db, rootId, cancellationToken).ConfigureAwait(false);
        return new UserAccess(userId, rootId, canRead, canWrite, scope, user.Identity?.Name ?? "");
    }
}
