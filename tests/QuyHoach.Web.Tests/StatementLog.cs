using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests;

/// <summary>
/// The statements EF Core runs on one test database while the log is open, whichever context runs them (the app's
/// read-only contexts included): EF Core's diagnostic events, kept for one app's database only (each test class, or app, has
/// its own, TestDatabase), so the tests of other classes running at the same time are not counted. Used to count an
/// import's statements and to follow a report's reads.
/// </summary>
public sealed class StatementLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string database;
    private readonly ConcurrentQueue<string> texts = new();
    private readonly List<IDisposable> subscriptions = [];
    private readonly Lock subscribing = new();

    private StatementLog(string database)
    {
        this.database = database;
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>The statements' texts so far, in the order they started.</summary>
    public IReadOnlyList<string> Texts => [.. texts];

    public static StatementLog Start(QuyHoachAppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return new StatementLog(scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>().Database.GetDbConnection().Database);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscribing)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && data.Command.Connection?.Database == database)
        {
            texts.Enqueue(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscribing)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
