using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// The unit tree as it stood at one version of the database (<see cref="OrganisationTreeVersion"/>, migration 0033):
/// every unit with its parent and name and the units of every event, read once per change of the tree (a renamed unit
/// is a change: the version's trigger fires on every change of <c>organisations</c>) and shared by every request of the
/// process; each root's scope is walked once per version (<see cref="Below"/>), and so is its outline (<see cref="Outline"/>). Walking the tree in
/// PostgreSQL on every request cost 55–115 ms at the 4,444 units of a national registry under load (bench/national.sh).
/// </summary>
internal sealed class OrganisationTree
{
    // A few versions (several test databases in one process, a tree that changed a moment ago); a new one beyond
    // them empties the cache, which only costs one read.
    private const int VersionsKept = 16;
    private static readonly ConcurrentDictionary<Guid, OrganisationTree> Versions = new();

    // The version a request already read with its sign-in check, per context of that request (UseVersionFor).
    private static readonly ConditionalWeakTable<QuyHoachDbContext, object> VersionsRead = new();

    private readonly FrozenDictionary<Guid, Guid?> _parents;
    private readonly FrozenDictionary<Guid, string> _names;
    private readonly ILookup<Guid, Guid> _children;
    private readonly ILookup<Guid, Guid> _successors;
    private readonly ILookup<Guid, Guid> _predecessors;
    private readonly ConcurrentDictionary<Guid, UnitScope> _scopes = new();
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<(Guid Id, int Depth)>> _outlines = new();

    private OrganisationTree(IReadOnlyList<(Guid Id, Guid? ParentId, string Name)> units, IReadOnlyList<UnitEventUnit> eventUnits)
    {
        _parents = units.ToFrozenDictionary(u => u.Id, u => u.ParentId);
        _names = units.ToFrozenDictionary(u => u.Id, u => u.Name);
        _children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var ended = eventUnits.Where(u => u.IsPredecessor).ToList();
        var started = eventUnits.Where(u => !u.IsPredecessor).ToList();
        // A unit that ended in an event → the units that event started (R-ORG-5), and the reverse.
        _successors = ended.Join(started, p => p.EventId, s => s.EventId, (p, s) => (p.OrganisationId, s.OrganisationId)).ToLookup(x => x.Item1, x => x.Item2);
        _predecessors = started.Join(ended, s => s.EventId, p => p.EventId, (s, p) => (s.OrganisationId, p.OrganisationId)).ToLookup(x => x.Item1, x => x.Item2);
    }

    /// <summary>The tables the tree is read from, whose every change renews its version (migration 0033).</summary>
    public static IReadOnlyList<string> Tables { get; } = ["organisations", "unit_event_units"];

    /// <summary>How many units the database holds.</summary>
    public int Count => _parents.Count;

    /// <summary>The parent of a unit of <see cref="Below"/>'s answer.</summary>
    public Guid? ParentOf(Guid id) => _parents.GetValueOrDefault(id);

    /// <summary>Every unit's name, by id.</summary>
    public IReadOnlyDictionary<Guid, string> Names => _names;

    /// <summary>
    /// <paramref name="root"/> and the units under it by parent, depth first, each unit's children in the Vietnamese
    /// order of their names, with each one's depth below the root (the reports' unit picker and scope): walked once per
    /// root and version. Empty when the root does not exist.
    /// </summary>
    public IReadOnlyList<(Guid Id, int Depth)> Outline(Guid root) => _outlines.GetOrAdd(root, r =>
    {
        var outline = new List<(Guid, int)>();
        if (_parents.ContainsKey(r))
        {
            Visit(r, 0);
        }

        return outline;

        void Visit(Guid id, int depth)
        {
            outline.Add((id, depth));
            foreach (var child in _children[id].Where(c => c != id).OrderBy(c => _names[c], VietnameseNames.Order))
            {
                Visit(child, depth + 1);
            }
        }
    });

    /// <summary>
    /// The tree of the database's current version: one read of the version row, the tree only when it changed; no
    /// read at all when the version was given for <paramref name="db"/> (<see cref="UseVersionFor"/>).
    /// </summary>
    public static async Task<OrganisationTree> CurrentAsync(QuyHoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = VersionsRead.TryGetValue(db, out var read) ? (Guid)read : await VersionAsync(db, cancellationToken).ConfigureAwait(false);
        if (Versions.TryGetValue(version, out var tree))
        {
            return tree;
        }

        var units = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId, o.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var eventUnits = await db.Set<UnitEventUnit>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        tree = new OrganisationTree(units.Select(u => (u.Id, u.ParentId, u.Name)).ToList(), eventUnits);
        // Kept only when no change committed while it was read (a new one would have given a new token): the copy is
        // then exactly the tree of that version.
        if (await VersionAsync(db, cancellationToken).ConfigureAwait(false) == version)
        {
            if (Versions.Count >= VersionsKept)
            {
                Versions.Clear();
            }

            Versions[version] = tree;
        }

        return tree;
    }

    /// <summary>
    /// Makes <paramref name="version"/>, read a moment ago in the same request, the version <see cref="CurrentAsync"/>
    /// answers for <paramref name="db"/> (a context of one request): the sign-in check reads it with the account
    /// (AccountCheck), for a request that cannot change the tree itself (a GET), so the scope costs no statement.
    /// </summary>
    public static void UseVersionFor(QuyHoachDbContext db, Guid version)
    {
        ArgumentNullException.ThrowIfNull(db);
        VersionsRead.AddOrUpdate(db, version);
    }

    /// <summary>
    /// <paramref name="root"/> and every unit below it (none when it does not exist). Forward: a unit's children, and
    /// the successors of a unit that ended by a merger, split or rename (R-ORG-5: the users of the old unit see what
    /// was carried where it now belongs). Backward: the predecessors of a unit and their children, history only, never
    /// their other successors (a split's siblings). A unit reached both ways is walked both ways; none twice.
    /// </summary>
    public FrozenSet<Guid> Below(Guid root) => ScopeOf(root).Ids;

    /// <summary>
    /// <see cref="Below"/>'s units with their parents and children, walked and built once per root and version: every
    /// request resolves its account's scope (AccessResolver), and building these per request cost about 1.2 MB of
    /// allocations and 2 ms of CPU for the 4,400 units of a national account (bench/national.sh, search).
    /// </summary>
    public UnitScope ScopeOf(Guid root) => _scopes.GetOrAdd(root, r =>
    {
        var below = Walk(r);
        var units = below.Select(u => (u, ParentOf(u))).ToList();
        var children = units.Where(u => u.Item2 is not null).ToLookup(u => u.Item2!.Value, u => u.u);
        return new UnitScope(units, below, children, below.Count > 0 && below.Count == Count);
    });

    private FrozenSet<Guid> Walk(Guid root)
    {
        if (!_parents.ContainsKey(root))
        {
            return FrozenSet<Guid>.Empty;
        }

        var seen = new HashSet<(Guid Id, bool Back)> { (root, false) };
        var frontier = new Queue<(Guid Id, bool Back)>(seen);
        while (frontier.TryDequeue(out var unit))
        {
            var next = _children[unit.Id].Select(c => (c, unit.Back))
                .Concat(unit.Back ? [] : _successors[unit.Id].Select(s => (s, false)))
                .Concat(_predecessors[unit.Id].Select(p => (p, true)));
            foreach (var reached in next)
            {
                if (seen.Add(reached))
                {
                    frontier.Enqueue(reached);
                }
            }
        }

        return seen.Select(u => u.Id).ToFrozenSet();
    }

    private static Task<Guid> VersionAsync(QuyHoachDbContext db, CancellationToken cancellationToken) =>
        db.Set<OrganisationTreeVersion>().AsNoTracking().Select(v => v.Token).SingleAsync(cancellationToken);
}
