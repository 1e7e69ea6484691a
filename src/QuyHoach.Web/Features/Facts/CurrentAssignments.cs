using System.Linq.Expressions;
using System.Runtime.InteropServices;

namespace QuyHoach.Web.Features.Facts;

/// <summary>Chức vụ hiện tại tại một ngày: the one reading of which assignment a cadre holds on a day.</summary>
/// <remarks>The assignment running that day (started on or before it, not ended before it), the latest started if two
/// overlap; when none runs, the open assignment (no end date): a registry that records only the present post is read
/// as holding it, so a review dated before the recorded start still sees the cadre's post. Written once, as an
/// expression (<see cref="Ranked"/>): compiled for a cadre's assignments in memory (<see cref="On"/>), and its filter
/// translated to SQL for reads over many cadres (<see cref="MayBeHeldOn"/>), whose candidates are then ranked by
/// <see cref="On"/> too. Two running assignments started the same day are a tie that no reading orders (the registry
/// stores no order between them).</remarks>
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
    /// The assignments that may be the one held on <paramref name="day"/> (<see cref="Ranked"/>'s filter, as an
    /// expression for SQL): a read of many cadres takes their candidates in any order and keeps each cadre's first by
    /// <see cref="KeepHeld"/>, so the database neither ranks nor sorts them (at national size the rank in SQL sorted 292,592
    /// rows and matched the holders twice: 660–760 ms of PostgreSQL against 380 for the candidates).
    /// </summary>
    public static Expression<Func<Assignment, bool>> MayBeHeldOn(DateOnly day)
    {
        // Ranked is Where(…).OrderByDescending(…).ThenByDescending(…): its Where's lambda, with the day a parameter.
        var call = (MethodCallExpression)Ranked.Body;
        while (call.Method.Name != nameof(Enumerable.Where))
        {
            call = (MethodCallExpression)call.Arguments[0];
        }

        var filter = (LambdaExpression)call.Arguments[1];
        var body = new Substitute(Ranked.Parameters[1], Expression.Property(Expression.Constant(new Day(day)), nameof(Day.Value))).Visit(filter.Body);
        return Expression.Lambda<Func<Assignment, bool>>(body, filter.Parameters);
    }

    /// <summary>
    /// Keeps in <paramref name="held"/>, for <paramref name="cadre"/>, whichever of the row kept and <paramref name="row"/>
    /// carries the assignment <see cref="On"/> ranks first on <paramref name="day"/>: fed a read of candidates
    /// (<see cref="MayBeHeldOn"/>) in any order, it ends with each cadre's held one. A row may carry none (a cadre with no
    /// candidate); <paramref name="assignmentOf"/> is asked only for a cadre met twice.
    /// </summary>
    public static void KeepHeld<TRow>(Dictionary<Guid, TRow> held, Guid cadre, TRow row, Func<TRow, Assignment?> assignmentOf, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(assignmentOf);
        ref var kept = ref CollectionsMarshal.GetValueRefOrAddDefault(held, cadre, out var seen);
        if (!seen || assignmentOf(kept!) is not { } before || (assignmentOf(row) is { } now && On([before, now], day) == now))
        {
            kept = row;
        }
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

/// <summary>A cadre's open assignment, by its title's name (<see cref="CurrentAssignments.OpenTitles"/>).</summary>
public sealed class OpenTitle
{
    public Guid CadreId { get; init; }

    public string Name { get; init; } = "";
}
