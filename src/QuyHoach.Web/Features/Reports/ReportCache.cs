using System.Collections.Concurrent;
using QuyHoach.Web.Database;

namespace QuyHoach.Web.Features.Reports;

/// <summary>Something ReportCache may keep: it says how many rows it holds, which the cache's bound counts.</summary>
public interface IKeptRead
{
    /// <summary>About how many rows it holds, each the size of a person read for a report (<see cref="KeptRows"/>).</summary>
    int Rows { get; }
}

/// <summary>
/// How ReportCache weighs what it keeps: in rows the size of a person read for a report (a BenchPerson with its code and
/// name, about 300 bytes); a smaller row counts for less.
/// </summary>
public static class KeptRows
{
    /// <summary>Values of a few dozen bytes each, with no text (who holds which title, BenchHolder; a quality profile
    /// with its key or beside an incumbent's id; a count by title and retirement month): four to a row.</summary>
    public static int Values(int count) => (count + 3) / 4;
}

/// <summary>A read as made, with the tables it named (DataReads) and those of the selection.</summary>
public sealed record CapturedRead(IKeptRead Value, IReadOnlyList<string> Tables);

/// <summary>
/// What a kept read is found by: the reader's own unit (the picker's root; empty for a part of a snapshot, which does
/// not depend on it), the unit and day chosen, and what is read (ReportsHandler.KeyOf, "home", or a part's name, BenchReader).
/// </summary>
public readonly record struct ReportKey(Guid Root, Guid Unit, DateOnly AsOf, string Report);

/// <summary>
/// Báo cáo đã tính: report sets, and the parts of a snapshot they are built from (BenchReader, QualityReader), kept in
/// memory with the database snapshot they were read in and the tables their read named (ADR 0025), served again only
/// while no transaction that changed one of those tables has committed since (<see cref="DataChanges"/>, one statement
/// per request). A kept read is exactly what a new read would give: same unit, day and report, same data; the reader's
/// scope and rights are checked before (ReportScope), and nothing of ballots is ever in a report. A set whose read was
/// served a kept part depends on that part's tables too (they are noted in the open capture). Bounded by the rows
/// kept (<see cref="IKeptRead.Rows"/>): the least recently used go first, and a read larger than the bound is not kept.
/// </summary>
public sealed class ReportCache(int rowsKept)
{
    /// <summary>The configuration key of the bound (rows); 0 keeps nothing.</summary>
    public const string Setting = "QuyHoach:Reports:CacheRows";

    /// <summary>The default bound, about 150 MB at most: the five reports and the home page of the national scope (the
    /// quality report's 292,592 incumbents as holders and as profiles, about 75,000 rows each; about 100,000 counts by
    /// title and retirement month, 25,000 rows), so that the national registry fits in 1 GB with what its reads leave
    /// to collect; a province's several times.</summary>
    public const int DefaultRows = 500_000;

    private readonly ConcurrentDictionary<ReportKey, Entry> entries = new();

    // The reads under way, by key, with the snapshot each was started from.
    private readonly ConcurrentDictionary<ReportKey, Flight> flights = new();
    private readonly Lock evicting = new();
    private long clock;

    // Served, read, joined, patched, with every cadre read again, refreshed, and patched then refreshed, by the type kept
    // (report sets, parts).
    private readonly ConcurrentDictionary<Type, long[]> tallies = new();

    /// <summary>
    /// The tables whose changes are recorded cadre by cadre (migration 0041): a kept read that can be brought up to date
    /// for some cadres (a patch) is, when nothing else it read has changed.
    /// </summary>
    public static IReadOnlyList<string> CadreTables { get; } = ["assignments", "cadres"];

    /// <summary>
    /// A patch reads at least this many changed cadres again (<see cref="Patched"/>): an import's workbook of 20,000
    /// cadres is patched.
    /// </summary>
    public const int MostPatched = 20_000;

    /// <summary>
    /// And up to one in this many of the registry's cadres when that is more (<see cref="Patched"/>): a patch reads its
    /// cadres one by one (IdRows), a whole read scans the registry, so the count at which a patch stops paying grows with
    /// the registry. At national size (1,000,110 cadres, 100,011 patched) coverage took 0.22 s patched for 20,000
    /// cadres, 0.33 for 50,000, 0.6 for 100,000 and 1.2 for 200,000, against 1.1–1.2 s read whole (bench/README.md,
    /// 5 December, session 22); at province size the floor holds.
    /// </summary>
    public const int PatchedShare = 10;

    /// <summary>How many changed cadres a patch reads again; more, and every cadre is read again.</summary>
    public static CadreLimit Patched { get; } = new(MostPatched, PatchedShare);

    /// <summary>Report sets served from memory, read, and requests that shared another's read, since the process started.</summary>
    public (long Served, long Read, long Joined) Counts => CountsOf<ReportSet>();

    /// <summary>The same counts for the reads of type <typeparamref name="T"/> (a part of the snapshot).</summary>
    public (long Served, long Read, long Joined) CountsOf<T>()
    {
        var tally = TallyOf(typeof(T));
        return (Interlocked.Read(ref tally[0]), Interlocked.Read(ref tally[1]), Interlocked.Read(ref tally[2]));
    }

    /// <summary>How many kept reads of type <typeparamref name="T"/> were brought up to date by a patch.</summary>
    public long PatchedOf<T>() => Interlocked.Read(ref TallyOf(typeof(T))[3]);

    /// <summary>How many kept reads of type <typeparamref name="T"/> were read again by their refresh, reusing what
    /// depends only on the cadres (changes to other tables than <see cref="CadreTables"/> only).</summary>
    public long RefreshedOf<T>() => Interlocked.Read(ref TallyOf(typeof(T))[5]);

    /// <summary>How many kept reads of type <typeparamref name="T"/> were brought up to date after a change both cadre by
    /// cadre and to other tables in one transaction (a unit merged and its cadres moved): the cadres patched, then the
    /// rest refreshed from the patched value.</summary>
    public long PatchedAndRefreshedOf<T>() => Interlocked.Read(ref TallyOf(typeof(T))[6]);

    /// <summary>How many kept reads of type <typeparamref name="T"/> had every cadre read again (more changed than a patch
    /// reads, or a TRUNCATE) and kept the rest of what they read.</summary>
    public long CadresRereadOf<T>() => Interlocked.Read(ref TallyOf(typeof(T))[4]);

    /// <summary>
    /// The set of <paramref name="key"/>: the kept one when it still holds in <paramref name="db"/>; else the read
    /// another request has under way for the same key, when it started after every change this request can see (the
    /// members of a committee opening the same report after the same write share one read); else
    /// <paramref name="readSet"/>'s, kept with the snapshot taken before it read.
    /// </summary>
    public Task<T> GetAsync<T>(QuyHoachDbContext db, ReportKey key, Func<Task<T>> readSet, CancellationToken cancellationToken)
        where T : class, IKeptRead => GetAsync(db, key, readSet, keep: true, cancellationToken);

    /// <param name="keep">False: <paramref name="readSet"/>'s read, neither looked up nor kept (a list behind a figure,
    /// which holds every incumbent, is always read).</param>
    /// <param name="patch">When given: a kept read whose only changes since are to <see cref="CadreTables"/> is brought up
    /// to date by this instead of read again: given the kept value and the changed cadres' ids (at most
    /// <see cref="Patched"/>' limit), it reads only those cadres; given null (more cadres changed, or a TRUNCATE), it reads
    /// again all that depends on the cadres and keeps the rest (the titles, their targets). Either way it answers the value
    /// as a whole read would now.</param>
    /// <param name="refresh">When given: a kept read whose changes since are to other tables only (none of
    /// <see cref="CadreTables"/>) is read again by this, given the kept value, from which it may take what depends only
    /// on the cadres (unchanged since); kept as depending on what the kept read depended on and on what this read. With
    /// both: a kept read changed both ways (cadre by cadre, at most <see cref="Patched"/>' limit, and other tables) is patched
    /// for those cadres, then refreshed from the patched value, whose cadres are then current.</param>
    public async Task<T> GetAsync<T>(QuyHoachDbContext db, ReportKey key, Func<Task<T>> readSet, bool keep, CancellationToken cancellationToken, Func<T, IReadOnlyList<Guid>?, Task<T>>? patch = null, Func<T, Task<T>>? refresh = null)
        where T : class, IKeptRead
    {
        ArgumentNullException.ThrowIfNull(readSet);
        if (!keep || rowsKept <= 0)
        {
            return await readSet().ConfigureAwait(false);
        }

        var tally = TallyOf(typeof(T));
        var kept = entries.GetValueOrDefault(key);
        var touch = await DataChanges.ReadAsync(db, kept?.Snapshot, kept?.Tables, patch is null ? CadreLimit.None : Patched, cancellationToken).ConfigureAwait(false);
        var state = touch.State;
        if (kept is { Value: T value } && kept.Database == state.Database && state.Holds)
        {
            kept.Used = Interlocked.Increment(ref clock);
            // What it read is unchanged up to now: checked from now on, so that the hourly pruning's horizon does not pass it.
            kept.Advance(state.Snapshot);
            Interlocked.Increment(ref tally[0]);
            // A set being read around this part depends on what the part read.
            DataReads.Note(kept.Tables);
            return value;
        }

        // What brings it up to date, read once per key at a time whatever it is (a request that comes while reading
        // ahead, ReportWarmer, runs over the same part joins it), is decided by what changed since. The registry, cadre by
        // cadre: patched (those cadres read again; none: a statement that changed no row; more than a patch reads: every
        // cadre, the rest kept). Other tables: refreshed (read again, what depends only on the cadres taken from the kept
        // value, its tables noted so that a later change to the cadres is seen). Both in one transaction (a unit merged
        // and its cadres moved): patched, then refreshed from the patched value, whose cadres are then current; only when
        // the changed cadres are known. Anything else: read whole. Each is kept with the snapshot the changes were seen
        // from (a change committed since is seen by the next request).
        var current = kept is { Value: T old } && kept.Database == state.Database ? old : null;
        var byCadre = touch.Tables.Any(CadreTables.Contains);
        var elsewhere = touch.Tables.Any(t => !CadreTables.Contains(t));
        var cadres = touch.Cadres;
        Func<Task<CapturedRead>> work;
        int counted; // its tally: patched (3), every cadre read again (4), refreshed (5), both (6) or read (1)
        if (current is null || !touch.Recorded || (byCadre && patch is null) || (elsewhere && refresh is null) || (byCadre && elsewhere && cadres is null))
        {
            counted = 1;
            work = () => CaptureAsync(readSet);
        }
        else
        {
            var tables = kept!.Tables;
            counted = !elsewhere ? (cadres is null ? 4 : 3) : byCadre ? 6 : 5;
            async Task<T> UpToDateAsync()
            {
                DataReads.Note(tables);
                var value = !byCadre || cadres is { Count: 0 } ? current : await patch!(current, cadres).ConfigureAwait(false);
                return elsewhere ? await refresh!(value).ConfigureAwait(false) : value;
            }

            // A patch alone reads only what the kept read named; a refresh may name more (a title made a leadership one).
            work = elsewhere ? () => CaptureAsync(UpToDateAsync) : async () => new CapturedRead(await UpToDateAsync().ConfigureAwait(false), tables);
        }

        // The first request to register its read starts it; a request that finds another's joins it when it started after
        // every change this request can see, and otherwise replaces it with its own. The tables the read names are
        // captured as it runs; until it has run, a change to any table counts.
        var mine = new Flight(state.Database, state.Snapshot, new Lazy<Task<CapturedRead>>(work));
        var flight = flights.GetOrAdd(key, mine);
        if (flight != mine && flight.Database == state.Database
            && (await DataChanges.ReadAsync(db, flight.Snapshot, null, CadreLimit.None, cancellationToken).ConfigureAwait(false)).State.Holds)
        {
            try
            {
                var shared = await flight.Read.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref tally[2]);
                DataReads.Note(shared.Tables);
                return (T)shared.Value;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The request that started the read went away and cancelled it: this one reads for itself.
            }
        }

        flights[key] = mine;
        try
        {
            var (set, tables) = await mine.Read.Value.ConfigureAwait(false);
            Interlocked.Increment(ref tally[counted]);
            Keep(key, new Entry(state.Database, state.Snapshot, tables, set, set.Rows) { Used = Interlocked.Increment(ref clock) });
            return (T)set;
        }
        finally
        {
            flights.TryRemove(KeyValuePair.Create(key, mine));
        }
    }

    /// <summary>
    /// Brings every kept read whose tables are unchanged since its snapshot up to <paramref name="db"/>'s (ADR 0025): the
    /// pruner calls it in the transaction that raises the horizon, so a kept read that still holds is not read again
    /// after the pruning only because its snapshot became older than the horizon. Returns how many were brought up.
    /// </summary>
    /// <remarks><paramref name="db"/> must be in a REPEATABLE READ transaction: its statements, and the horizon raised after
    /// them, then see one snapshot, and every read brought up to it is checked from it.</remarks>
    public async Task<int> RestampAsync(QuyHoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var restamped = 0;
        foreach (var (_, entry) in entries)
        {
            var state = (await DataChanges.ReadAsync(db, entry.Snapshot, entry.Tables, CadreLimit.None, cancellationToken).ConfigureAwait(false)).State;
            if (entry.Database == state.Database && state.Holds)
            {
                entry.Advance(state.Snapshot);
                restamped++;
            }
        }

        return restamped;
    }

    /// <summary>The tables the kept set of <paramref name="key"/> depends on, or null when none is kept.</summary>
    public IReadOnlyList<string>? TablesOf(ReportKey key) => entries.GetValueOrDefault(key)?.Tables;

    /// <summary>What a kept read depends on: the tables its read named (DataReads) and those of its selection.</summary>
    public static async Task<CapturedRead> CaptureAsync<T>(Func<Task<T>> readSet)
        where T : class, IKeptRead
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

    private long[] TallyOf(Type type) => tallies.GetOrAdd(type, _ => new long[7]);

    private sealed record Flight(string Database, string Snapshot, Lazy<Task<CapturedRead>> Read);

    private sealed record Entry(string Database, string Snapshot, IReadOnlyList<string> Tables, IKeptRead Value, int Rows)
    {
        private string snapshot = Snapshot;

        /// <summary>The snapshot it is checked from: the one it was read in, or a later one in which what it read was unchanged.</summary>
        public string Snapshot => Volatile.Read(ref snapshot);

        /// <summary>Checks it from <paramref name="later"/> on, a snapshot in which what it read is unchanged; never from an
        /// earlier one than now (two requests that found it unchanged may finish in either order).</summary>
        public void Advance(string later)
        {
            var now = Volatile.Read(ref snapshot);
            while (Xmin(later) > Xmin(now) && Interlocked.CompareExchange(ref snapshot, later, now) is var seen && !ReferenceEquals(seen, now))
            {
                now = seen;
            }
        }

        // A snapshot as PostgreSQL writes it: "xmin:xmax:xip,…".
        private static ulong Xmin(string snapshot) => ulong.Parse(snapshot.AsSpan(0, snapshot.IndexOf(':', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);

        public long Used { get; set; }
    }
}
