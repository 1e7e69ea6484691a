using System.Globalization;

namespace QuyHoach.Web.Features.Organisations;

/// <summary>The event page's form as posted: pickers by id, the date as dd/MM/yyyy, the title map, the request key.</summary>
public sealed class UnitEventForm
{
    public static IReadOnlyList<(string Kind, string Label)> Kinds { get; } =
        [("Merge", "Hợp nhất, sáp nhập"), ("Split", "Chia tách"), ("Rename", "Đổi tên")];

    public Guid Key { get; private init; } = Guid.NewGuid();

    public string Kind { get; private init; } = "Merge";

    public string DayText { get; private init; } = "";

    public string Basis { get; private init; } = "";

    public string NewName { get; private init; } = "";

    public string Step { get; private init; } = "";

    public bool Confirmed { get; private init; }

    public IReadOnlyList<Guid> Predecessors { get; private init; } = [];

    public IReadOnlyList<Guid> Successors { get; private init; } = [];

    public IReadOnlyDictionary<Guid, Guid> Map { get; private init; } = new Dictionary<Guid, Guid>();

    public static UnitEventForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var map = new Dictionary<Guid, Guid>();
        foreach (var (name, value) in form)
        {
            if (name.StartsWith("cd-", StringComparison.Ordinal) && Guid.TryParse(name[3..], out var old) && Guid.TryParse(value.ToString(), out var chosen))
            {
                map[old] = chosen;
            }
        }

        return new UnitEventForm
        {
            Key = Guid.TryParse(form["khoa"], out var key) ? key : Guid.NewGuid(),
            Kind = form["loai"].ToString(),
            DayText = form["ngay"].ToString().Trim(),
            Basis = form["can-cu"].ToString(),
            NewName = form["ten-moi"].ToString(),
            Step = form["buoc"].ToString(),
            Confirmed = form["xac-nhan"] == "1",
            Predecessors = Ids(form["ket-thuc"]),
            Successors = Ids(form["ke-thua"]),
            Map = map,
        };
    }

    public UnitEventRequest ToRequest() => new(
        Enum.TryParse<UnitEventKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : (UnitEventKind)(-1),
        DateOnly.TryParseExact(DayText, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
        Basis, Predecessors, Successors, NewName, null, Map, Key);

    private static List<Guid> Ids(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
}

/// <summary>A unit or a title as a picker shows it: its name and, for a title, its unit's name.</summary>
public sealed record UnitChoice(Guid Id, string Name, string Unit = "");

/// <summary>One recorded event: date, kind, the units it ended and those that carry on.</summary>
public sealed record UnitEventLine(DateOnly On, string Kind, string Ended, string Successors, string Basis);

/// <summary>What the event page lists: units still in being, the titles of chosen units, the events recorded.</summary>
public sealed class UnitEventQueries(QuyHoachDbContext db)
{
    public async Task<IReadOnlyList<UnitChoice>> ActiveUnitsAsync(CancellationToken cancellationToken) =>
        (await db.Organisations.AsNoTracking().Where(o => o.EndedOn == null).Select(o => new UnitChoice(o.Id, o.Name, "")).ToListAsync(cancellationToken).ConfigureAwait(false))
        .OrderBy(u => u.Name, Shell.VietnameseNames.Order).ToList();

    public async Task<IReadOnlyList<UnitChoice>> TitlesAsync(IReadOnlyList<Guid> units, CancellationToken cancellationToken) =>
        (await db.Titles.AsNoTracking().Where(t => units.Contains(t.OrganisationId))
            .Join(db.Organisations, t => t.OrganisationId, o => o.Id, (t, o) => new UnitChoice(t.Id, t.Name, o.Name)).ToListAsync(cancellationToken).ConfigureAwait(false))
        .OrderBy(t => t.Unit, Shell.VietnameseNames.Order).ThenBy(t => t.Name, Shell.VietnameseNames.Order).ToList();

    public async Task<IReadOnlyList<UnitEventLine>> HistoryAsync(CancellationToken cancellationToken)
    {
        var events = await db.UnitEvents.AsNoTracking().Include(e => e.Units).OrderByDescending(e => e.EffectiveOn).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken).ConfigureAwait(false);
        string Names(UnitEvent e, bool ended) => string.Join("; ", e.Units.Where(u => u.IsPredecessor == ended).Select(u => names[u.OrganisationId]));
        return events.Select(e => new UnitEventLine(e.EffectiveOn, Kinds(e.Kind), Names(e, true), Names(e, false), e.Basis)).ToList();
    }

    private static string Kinds(UnitEventKind kind) => UnitEventForm.Kinds.Single(k => k.Kind == kind.ToString()).Label;
}
