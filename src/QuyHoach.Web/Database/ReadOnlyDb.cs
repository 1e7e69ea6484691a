namespace QuyHoach.Web.Database;

/// <summary>
/// Kết nối chỉ đọc: a <see cref="QuyHoachDbContext"/> over <see cref="DatabaseEndpoint.ReadOnlyConnectionString"/>
/// (<c>ConnectionStrings__QuyHoachReadOnly</c>, a standby or a role granted only SELECT; the primary when unset), for
/// lists and reports that only read and may lag a standby by a moment. Untracked; every transaction read-only. One per
/// request scope, like the primary context.
/// </summary>
public sealed class ReadOnlyDb : IDisposable, IAsyncDisposable
{
    private readonly DataSources sources;

    public ReadOnlyDb(DataSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        this.sources = sources;
        Context = Create(sources);
    }

    /// <summary>The read-only context: query it, never save through it.</summary>
    public QuyHoachDbContext Context { get; }

    /// <summary>Another read-only context on its own connection, for a read made at the same time as one on
    /// <see cref="Context"/> (a context runs one command at a time); the caller disposes it.</summary>
    public ReadOnlyDb Another() => new(sources);

    public void Dispose() => Context.Dispose();

    private static QuyHoachDbContext Create(DataSources sources)
    {
        var options = new DbContextOptionsBuilder<QuyHoachDbContext>();
        ContextOptions.Configure(options, sources.ReadOnly);
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        // EF Core's check that a context runs one operation at a time enters and leaves a critical section on every row an
        // async read yields, each an AsyncLocal set: 410 MB of the 855 MB three national coverage reads allocated (a
        // full garbage collection each). A read-only context is used by one read at a time by construction: a read made
        // beside another takes its own (Another()), and Npgsql still refuses a second command on a busy connection. The
        // primary context keeps the check.
        options.EnableThreadSafetyChecks(false);
        return new QuyHoachDbContext(options.Options);
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
