using System.Linq.Expressions;

namespace QuyHoach.Web.Features.Facts;

/// <summary>Chức vụ hiện tại tại một ngày: the one reading of which assignment a cadre holds on a day.</summary>
/// <remarks>The assignment running that day (started on or before it, not ended before it), the latest started if two
/// overlap; when none runs, the open assignment (no end date): a registry that records only the present post is read
/// as holding it, so a review dated before the recorded start still sees the cadre's post. Written once, as an
/// expression (<see cref="Ranked"/>): compiled for a cadre's assignments in memory (<see cref="On"/>) and translated to
/// SQL for counts over many cadres (<see cref="HeldOn"/>). Two running assignments started the same day are a tie
/// that neither reading orders (the registry stores no order between them).</remarks>
public static class CurrentAssignments
{
    /// <summary>
    /// A cadre's assignments that may be the one held on the day, the held one first: running that day before open,
    /// then the latest started.
    /// </summary>
    private static readonly Expression<Func<IEnumerable<Assignment>, DateOnly, IEnumerable<Assignment>>> Ranked = (all, day) =>
        all.Where(a => (a.From <= day && (a.To == null || a.To >= day)) || a.To == null)
            .OrderByDescending(a => a.From <= day && (a.To == null || a.To >= day))
            .ThenByDescending(a => a.From);

    private static readonly Func<IEnumerable<Assignment>, DateOnly, IEnumerable<Assignment>> RankedInMemory = Ranked.Compile();

    /// <summary>The assignment of <paramref name="assignments"/> held on <paramref name="day"/>, or null.</summary>
    public static Assignment? On(IEnumerable<Assignment> assignments, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        return RankedInMemory(assignments, day).FirstOrDefault();
    }

    /// <summary>
    /// Each cadre of <paramref name="cadres"/> with the title it holds on <paramref name="day"/> (null: none), in SQL:
    /// the same reading as <see cref="On"/>, the first of <see cref="Ranked"/> among each cadre's assignments, ranked in
    /// one pass over the assignments of those cadres only, for counts that never load the cadres.
    /// </summary>
    /// <param name="among">The ids of a cheaper query that holds every cadre of <paramref name="cadres"/> (more do no
    /// harm): the assignments ranked are theirs, so that PostgreSQL does not evaluate <paramref name="cadres"/> twice
    /// (about 20 ms of a province's coverage report). By default the cadres' own ids.</param>
    public static IQueryable<CadreHolding> HeldOn(IQueryable<Cadre> cadres, DateOnly day, IQueryable<Guid>? among = null)
    {
        ArgumentNullException.ThrowIfNull(cadres);
        var ids = among ?? cadres.Select(c => c.Id);
        var cadre = Expression.Parameter(typeof(Cadre), "c");
        // A cadre's assignments, as the assignments of the cadres asked about: the database then ranks only theirs.
        Expression<Func<Cadre, IEnumerable<Assignment>>> theirs = c => c.Assignments.Where(a => ids.Contains(a.CadreId));
        // Ranked's body over them, the day a parameter of the query.
        var ranked = new Substitute(Ranked.Parameters[0], new Substitute(theirs.Parameters[0], cadre).Visit(theirs.Body))
            .Visit(new Substitute(Ranked.Parameters[1], Expression.Property(Expression.Constant(new Day(day)), nameof(Day.Value))).Visit(Ranked.Body));
        var first = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.DefaultIfEmpty), [typeof(Assignment)],
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Take), [typeof(Assignment)], ranked, Expression.Constant(1)));
        return cadres.SelectMany(
            Expression.Lambda<Func<Cadre, IEnumerable<Assignment>>>(first, cadre),
            (c, a) => new CadreHolding { Cadre = c, TitleId = a == null ? null : a.TitleId });
    }

    /// <summary>The registry's open assignment (no end date), the post the cadre's record is edited through.</summary>
    public static Assignment? Open(IEnumerable<Assignment> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        return assignments.Where(a => a.To is null).MaxBy(a => a.From);
    }

    /// <summary>
    /// The title name of every open assignment, for lists projected in SQL: a list takes a cadre's title as
    /// <c>OpenTitles(db).Where(t =&gt; t.CadreId == c.Id).Select(t =&gt; t.Name).FirstOrDefault()</c>, one scalar subquery per row.
    /// </summary>
    public static IQueryable<OpenTitle> OpenTitles(QuyHoachDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Assignment>().Where(a => a.To == null)
            .Join(db.Titles, a => a.TitleId, t => t.Id, (a, t) => new OpenTitle { CadreId = a.CadreId, Name = t.Name });
    }

    /// <summary>The day of a query, held in a closure so that it is sent as a parameter rather than written into the SQL.</summary>
    private sealed record Day(DateOnly Value);

    private sealed class Substitute(ParameterExpression parameter, Expression by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? by : base.VisitParameter(node);
    }
}

/// <summary>A cadre with the title it holds on a day (<see cref="CurrentAssignments.HeldOn"/>), null when none.</summary>
public sealed class CadreHolding
{
    public required Cadre Cadre { get; init; }

    public Guid? TitleId { get; init; }
}

/// <summary>A cadre's open assignment, by its title's name (<see cref="CurrentAssignments.OpenTitles"/>).</summary>
public sealed class OpenTitle
{
    public Guid CadreId { get; init; }

    public string Name { get; init; } = "";
}
