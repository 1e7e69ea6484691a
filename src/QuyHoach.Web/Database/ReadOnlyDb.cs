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
        return new QuyHoachDbContext(options.Options);
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
