using System.Collections.Frozen;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QuyHoach.Web.Database;

/// <summary>
/// Bảng đã đọc: the tables named by every command any context runs while a capture is open in the same flow of work
/// (ADR 0025): ReportCache opens one around a report's read, so a kept report depends on exactly the tables its
/// statements named, whichever context ran them. A name is taken wherever it appears in a command's text, so a
/// capture may hold a table more than was read, never less.
/// </summary>
public static partial class DataReads
{
    private static readonly AsyncLocal<Capture?> Current = new();
    private static FrozenSet<string>? tables;

    /// <summary>Opens a capture for the rest of the calling flow (nested in any open one, which sees the same tables).</summary>
    public static Capture Open()
    {
        var capture = new Capture(Current.Value);
        Current.Value = capture;
        return capture;
    }

    /// <summary>Notes the tables <paramref name="commandText"/> names, in every capture open in this flow.</summary>
    internal static void Saw(DbContext? context, string commandText)
    {
        if (Current.Value is not { } capture || context is null)
        {
            return;
        }

        var known = tables ??= context.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
        var named = Identifier().Matches(commandText).Select(m => m.Value).Where(known.Contains).ToHashSet(StringComparer.Ordinal);
        for (var c = capture; c is not null; c = c.Parent)
        {
            c.Add(named);
        }
    }

    /// <summary>No capture sees the commands of the calling flow until disposed (ReportCache's own checks).</summary>
    public static Paused Pause()
    {
        var paused = new Paused(Current.Value);
        Current.Value = null;
        return paused;
    }

    /// <summary>
    /// Notes <paramref name="read"/> in every capture open in this flow: the tables of a read served from memory
    /// (ReportCache), which ran no command here but whose result the capture's read is built from.
    /// </summary>
    public static void Note(IEnumerable<string> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Current.Value is not { } capture)
        {
            return;
        }

        var named = read.ToList();
        for (var c = capture; c is not null; c = c.Parent)
        {
            c.Add(named);
        }
    }

    [GeneratedRegex("[a-z_][a-z0-9_]*")]
    private static partial Regex Identifier();

    /// <summary>A pause of the captures of a flow (<see cref="Pause"/>): disposing it opens them again.</summary>
    public readonly struct Paused(Capture? capture) : IDisposable
    {
        public void Dispose() => Current.Value = capture;
    }

    /// <summary>One capture: the tables read since it was opened, until it is disposed.</summary>
    public sealed class Capture : IDisposable
    {
        private readonly HashSet<string> read = new(StringComparer.Ordinal);
        private readonly Lock guard = new();

        internal Capture(Capture? parent) => Parent = parent;

        internal Capture? Parent { get; }

        /// <summary>The tables read so far, in name order.</summary>
        public IReadOnlyList<string> Tables
        {
            get
            {
                lock (guard)
                {
                    return [.. read.Order(StringComparer.Ordinal)];
                }
            }
        }

        public void Dispose() => Current.Value = Parent;

        internal void Add(IEnumerable<string> names)
        {
            lock (guard)
            {
                read.UnionWith(names);
            }
        }
    }
}

/// <summary>Tells <see cref="DataReads"/> the text of every command a context runs (both contexts, ContextOptions).</summary>
internal sealed class DataReadsInterceptor : DbCommandInterceptor
{
    public static DataReadsInterceptor Instance { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        DataReads.Saw(eventData.Context, command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        DataReads.Saw(eventData.Context, command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        DataReads.Saw(eventData.Context, command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        DataReads.Saw(eventData.Context, command.CommandText);
        return ValueTask.FromResult(result);
    }
}
