using System.Diagnostics;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Every command Npgsql sends to one database while watched, from its own tracing (the "Npgsql" activity source,
/// process-wide): EF Core's contexts, the read-only one and bare Npgsql alike; other tests' databases are left out by
/// name.
/// </summary>
internal sealed class SqlCommands : IDisposable
{
    private readonly string _database;
    private readonly ActivityListener _listener;
    private readonly List<string> _seen = [];

    private SqlCommands(string database)
    {
        _database = database;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Seen,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The commands' text sent to the database so far, in order.</summary>
    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    public static SqlCommands Watch(string database) => new(database);

    public void Dispose() => _listener.Dispose();

    private void Seen(Activity activity)
    {
        if (activity.GetTagItem("db.namespace") as string == _database && activity.GetTagItem("db.query.text") is string text)
        {
            lock (_seen)
            {
                _seen.Add(text);
            }
        }
    }
}
