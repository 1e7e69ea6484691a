using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;

namespace QuyHoach.Web.Features.Access;

/// <summary>
/// Resolves <see cref="UserAccess"/> for the signed-in user, once per request. The scope root is read from the
/// account (not from the cookie), so a changed scope applies at once; the tree below it is computed from
/// <c>organisations.parent_id</c>.
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
        var rootId = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.OrganisationId)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var tree = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var children = tree.Where(o => o.ParentId is not null).ToLookup(o => o.ParentId!.Value, o => o.Id);
        var visible = new HashSet<Guid>();
        if (rootId is { } root && tree.Any(o => o.Id == root))
        {
            var frontier = new Queue<Guid>([root]);
            while (frontier.TryDequeue(out var id))
            {
                if (visible.Add(id))
                {
                    foreach (var child in children[id])
                    {
                        frontier.Enqueue(child);
                    }
                }
            }
        }

        return new UserAccess(userId, rootId, canRead, canWrite, visible, children, user.Identity?.Name ?? "");
    }
}
