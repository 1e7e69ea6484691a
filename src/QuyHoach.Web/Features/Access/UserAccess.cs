namespace QuyHoach.Web.Features.Access;

/// <summary>
/// Phạm vi và quyền của người đang đăng nhập: the organisations they may see (their own and every descendant) and
/// whether they may read or change the registry there. Every registry handler takes one and filters by it.
/// </summary>
public sealed class UserAccess
{
    private readonly IReadOnlySet<Guid> _visible;
    private readonly ILookup<Guid, Guid> _children;

    internal UserAccess(Guid? userId, Guid? rootId, bool canRead, bool canWrite, UnitScope scope, string userName = "")
    {
        SeesEveryUnit = canRead && scope.EveryUnit;
        UserId = userId;
        Actor = new AuditActor(userId, userName);
        RootId = rootId;
        CanRead = canRead;
        CanWrite = canWrite;
        _visible = scope.Ids;
        _children = scope.Children;
    }

    /// <summary>No access at all (anonymous, or a role without registry rights).</summary>
    public static UserAccess None { get; } = new(null, null, false, false, UnitScope.Empty);

    public Guid? UserId { get; }

    /// <summary>Who acts, as the audit log records it.</summary>
    public AuditActor Actor { get; }

    /// <summary>The scope root: the user's own organisation.</summary>
    public Guid? RootId { get; }

    public bool CanRead { get; }

    public bool CanWrite { get; }

    /// <summary>
    /// True when the scope holds every unit of the database (a national account): a list may then leave out the
    /// filter on <see cref="OrganisationIds"/>, whose thousands of ids cost PostgreSQL more to plan than the search.
    /// </summary>
    public bool SeesEveryUnit { get; }

    /// <summary>Organisation ids the user may read; empty without read rights.</summary>
    public IReadOnlyCollection<Guid> OrganisationIds => CanRead ? _visible : [];

    /// <summary>True when the user may read records of <paramref name="organisationId"/>.</summary>
    public bool Sees(Guid organisationId) => CanRead && _visible.Contains(organisationId);

    /// <summary>True when the user may change records of <paramref name="organisationId"/>.</summary>
    public bool MayChange(Guid organisationId) => CanWrite && _visible.Contains(organisationId);

    /// <summary><paramref name="organisationId"/> and its descendants, when it is in scope; otherwise empty.</summary>
    public IReadOnlyCollection<Guid> Subtree(Guid organisationId)
    {
        if (!Sees(organisationId))
        {
            return [];
        }

        var result = new List<Guid>();
        var frontier = new Queue<Guid>([organisationId]);
        while (frontier.TryDequeue(out var id))
        {
            result.Add(id);
            foreach (var child in _children[id])
            {
                frontier.Enqueue(child);
            }
        }

        return result;
    }
}
