using System.Collections;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// The cadre codes of the user's scope, read from the database the first time the workbook reader asks for one: it
/// asks only for a code that sheet CanBo lacks, so a workbook of new cadres with their ratings never reads them (a
/// national account's scope holds a million codes: 3.6 s of a 10,000-row import at load 12, bench/national.sh).
/// Codes compare ignoring case, as the reader's.
/// </summary>
internal sealed class CadreCodesOnDemand(Func<List<string>> load) : IReadOnlySet<string>
{
    private readonly Lazy<HashSet<string>> _codes = new(() => load().ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Whether the codes were read (tests).</summary>
    public bool Loaded => _codes.IsValueCreated;

    public int Count => _codes.Value.Count;

    public bool Contains(string item) => _codes.Value.Contains(item);

    public IEnumerator<string> GetEnumerator() => _codes.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => _codes.Value.IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => _codes.Value.IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => _codes.Value.IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => _codes.Value.IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => _codes.Value.Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => _codes.Value.SetEquals(other);
}
