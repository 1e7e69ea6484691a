namespace QuyHoach.Web.Features.Facts;

/// <summary>Chức vụ hiện tại tại một ngày: the one reading of which assignment a cadre holds on a day.</summary>
/// <remarks>The assignment running that day (started on or before it, not ended before it), the latest started if two
/// overlap; when none runs, the open assignment (no end date): a registry that records only the present post is read
/// as holding it, so a review dated before the recorded start still sees the cadre's post.</remarks>
public static class CurrentAssignments
{
    /// <summary>The assignment of <paramref name="assignments"/> held on <paramref name="day"/>, or null.</summary>
    public static Assignment? On(IEnumerable<Assignment> assignments, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        var all = assignments as IReadOnlyCollection<Assignment> ?? assignments.ToList();
        return all.Where(a => a.From <= day && (a.To is null || a.To >= day)).MaxBy(a => a.From)
            ?? Open(all);
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
}

/// <summary>A cadre's open assignment, by its title's name (<see cref="CurrentAssignments.OpenTitles"/>).</summary>
public sealed class OpenTitle
{
    public Guid CadreId { get; init; }

    public string Name { get; init; } = "";
}
