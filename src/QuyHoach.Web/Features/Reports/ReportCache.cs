using System.Collections.Concurrent;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Reports;

/// <summary>A set as read, with the tables its read named (DataReads) and those of its selection.</summary>
public sealed record CapturedRead(ReportSet Set, IReadOnlyList<string> Tables);

/// <summary>What a kept report set is found by: the reader's own unit (the picker's root), the unit and day chosen, and what the report reads (ReportsHandler.KeyOf, or "home").</summary>
public readonly record struct ReportKey(Guid Root, Guid Unit, DateOnly AsOf, string Report);

/// <summary>
/// Báo cáo đã tính: report sets kept in memory with the database snapshot they were read in and the tables their read
/// named (ADR 0025), served again only while no transaction that changed one of those tables has committed since
/// (<see cref="DataChanges"/>, one statement per request). A kept set is exactly the set a new read would give: same unit, day and report, same data; the reader's
/// scope and rights are checked before (ReportScope), and nothing of ballots is ever in a report. Bounded by the rows
/// the sets hold (<see cref="ReportSet.Rows"/>): the least recently used go first, and a set larger than the bound is not kept.
/// </summary>
public sealed class ReportCache(int rowsKept)
{
    /// <summary>The configuration key of the bound (rows); 0 keeps nothing.</summary>
    public const string Setting = "QuyHoach:Reports:CacheRows";

    /// <summary>The default bound: a province's quality report (about 65,000 rows) several times, well under the 1 GB
    /// the national registry must fit in; a national quality report (about 600,000 rows) is read every time.</summary>
    public const int DefaultRows = 300_000;

    private readonly ConcurrentDictionary<ReportKey, Entry> entries = new();

    // The reads under way, by key, with the snapshot each was started from.
    private readonly ConcurrentDictionary<ReportKey, Flight> flights = new();
    private readonly Lock evicting = new();
    private long clock;

    /// <summary>Sets served from memory, sets read, and requests that shared another's read, since the process started.</summary>
    public (long Served, long Read, long Joined) Counts => (Interlocked.Read(ref served), Interlocked.Read(ref read), Interlocked.Read(ref joined));

    private long served;
    private long read;
    private long joined;

    /// <summary>
    /// The set of <paramref name="key"/>: the kept one when it still holds in <paramref name="db"/>; else the read
    /// another request has under way for the same key, when it started after every change this request can see (the
    /// members of a committee opening the same report after the same write share one read); else
    /// <paramref name="readSet"/>'s, kept with the snapshot taken before it read.
    /// </summary>
    public async Task<ReportSet> GetAsync(QuyHoachDbContext db, ReportKey key, Func<Task<ReportSet>> readSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readSet);
        if (rowsKept <= 0)
        {
            return await readSet().ConfigureAwait(false);
        }

        var kept = entries.GetValueOrDefault(key);
        var state = await DataChanges.ReadAsync(db, kept?.Snapshot, kept?.Tables, cancellationToken).ConfigureAwait(false);
        if (kept is not null && kept.Database == state.Database && state.Holds)
        {
            kept.Used = Interlocked.Increment(ref clock);
            Interlocked.Increment(ref served);
            return kept.Set;
        }

        // One read per key at a time: the first request to register its read starts it; a request that finds another's
        // joins it when it started after every change this request can see, and otherwise replaces it with its own.
        // The tables the read names are captured as it runs; until it has run, a change to any table counts.
        var mine = new Flight(state.Database, state.Snapshot, new Lazy<Task<CapturedRead>>(() => CaptureAsync(readSet)));
        var flight = flights.GetOrAdd(key, mine);
        if (flight != mine && flight.Database == state.Database
            && (await DataChanges.ReadAsync(db, flight.Snapshot, null, cancellationToken).ConfigureAwait(false)).Holds)
        {
            try
            {
                var shared = (await flight.Set.Value.WaitAsync(cancellationToken).ConfigureAwait(false)).Set;
                Interlocked.Increment(ref joined);
                return shared;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The request that started the read went away and cancelled it: this one reads for itself.
            }
        }

        flights[key] = mine;
        try
        {
            var (set, tables) = await mine.Set.Value.ConfigureAwait(false);
            Interlocked.Increment(ref read);
            Keep(key, new Entry(state.Database, state.Snapshot, tables, set, set.Rows) { Used = Interlocked.Increment(ref clock) });
            return set;
        }
        finally
        {
            flights.TryRemove(KeyValuePair.Create(key, mine));
        }
    }

    /// <summary>The tables the kept set of <paramref name="key"/> depends on, or null when none is kept.</summary>
    public IReadOnlyList<string>? TablesOf(ReportKey key) => entries.GetValueOrDefault(key)?.Tables;

    /// <summary>What a kept set depends on: the tables its read named (DataReads) and those of its selection.</summary>
    public static async Task<CapturedRead> CaptureAsync(Func<Task<ReportSet>> readSet)
    {
        ArgumentNullException.ThrowIfNull(readSet);
        using var capture = DataReads.Open();
        var set = await readSet().ConfigureAwait(false);
        // The selection (units, names, picker) is taken from the unit tree before the read, mostly from memory
        // (OrganisationTree): its tables always count.
        return new CapturedRead(set, [.. capture.Tables.Union(OrganisationTree.Tables).Order(StringComparer.Ordinal)]);
    }

    private void Keep(ReportKey key, Entry entry)
    {
        if (entry.Rows > rowsKept)
        {
            entries.TryRemove(key, out _);
            return;
        }

        lock (evicting)
        {
            entries[key] = entry;
            var total = entries.Values.Sum(e => (long)e.Rows);
            foreach (var old in entries.OrderBy(e => e.Value.Used).ToList())
            {
                if (total <= rowsKept)
                {
                    break;
                }

                if (entries.TryRemove(old.Key, out var removed))
                {
                    total -= removed.Rows;
                }
            }
        }
    }

    private sealed record Flight(string Database, string Snapshot, Lazy<Task<CapturedRead>> Set);

    private sealed record Entry(string Database, string Snapshot, IReadOnlyList<string> Tables, ReportSet Set, int Rows)
    {
        public long Used { get; set; }
    }
}
