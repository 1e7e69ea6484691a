namespace QuyHoach.Web.Database;

/// <summary>
/// Kết nối chỉ đọc: a <see cref="QuyHoachDbContext"/> over <see cref="DatabaseEndpoint.ReadOnlyConnectionString"/>
/// (<c>ConnectionStrings__QuyHoachReadOnly</c>, a standby or a role granted only SELECT; the primary when unset), for
/// lists and reports that only read and may lag a standby by a moment. Untracked; every transaction read-only. One per
/// request scope, like the primary context.
/// </summary>
public sealed class ReadOnlyDb : IDisposable, IAsyncDisposable
{
    public ReadOnlyDb(DataSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var options = new DbContextOptionsBuilder<QuyHoachDbContext>();
        ContextOptions.Configure(options, sources.ReadOnly);
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        Context = new QuyHoachDbContext(options.Options);
    }

    /// <summary>The read-only context: query it, never save through it.</summary>
    public QuyHoachDbContext Context { get; }

    public void Dispose() => Context.Dispose();

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
