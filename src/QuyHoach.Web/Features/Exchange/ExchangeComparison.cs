using System.Security.Cryptography;
using System.Text.Json;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>One field that differs: the registry's value and the file's (null = no value).</summary>
public sealed record FieldDifference(string Field, string? Ours, string? Theirs);

/// <summary>A cadre whose record in the file differs from the registry.</summary>
public sealed record CadreDifferences(int Line, string PersonalIdNumber, Guid CadreId, string Code, string FullName, IReadOnlyList<FieldDifference> Fields);

/// <summary>A record of the file that matches no cadre the user may change.</summary>
public sealed record UnmatchedRecord(int Line, string PersonalIdNumber, string? FullName);

/// <summary>
/// Báo cáo khác biệt (R-XCH-2): per cadre, per field, ours against theirs, computed before anything is written. The
/// fingerprint names exactly these differences: a confirmation carries it, and applying refuses when the registry
/// or the file no longer gives the same report.
/// </summary>
public sealed record ExchangeComparison(IReadOnlyList<CadreDifferences> Changed, int Unchanged, IReadOnlyList<UnmatchedRecord> Unmatched)
{
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(Changed))).ToLowerInvariant();

    /// <summary>Compares checked records with the cadres of the user's scope that carry their numbers.</summary>
    public static async Task<ExchangeComparison> CompareAsync(QuyHoachDbContext db, UserAccess access, IReadOnlyList<LinedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(records);
        var numbers = records.Select(r => r.Record.PersonalIdNumber!).ToList();
        var ours = (await ExchangeRecords.ReadAsync(db, db.Cadres.Where(c => c.PersonalIdNumber != null && numbers.Contains(c.PersonalIdNumber)), cancellationToken)
                .ConfigureAwait(false))
            .Where(c => access.MayChange(c.OrganisationId)) // a number held outside the scope is not revealed: it is "unmatched"
            .ToDictionary(c => c.Record.PersonalIdNumber!, StringComparer.Ordinal);
        var changed = new List<CadreDifferences>();
        var unmatched = new List<UnmatchedRecord>();
        var unchanged = 0;
        foreach (var (line, theirs) in records)
        {
            if (!ours.TryGetValue(theirs.PersonalIdNumber!, out var cadre))
            {
                unmatched.Add(new UnmatchedRecord(line, theirs.PersonalIdNumber!, theirs.FullName));
                continue;
            }

            var fields = ExchangeField.Compared
                .Where(f => !string.Equals(f.Value(cadre.Record), f.Value(theirs), StringComparison.Ordinal))
                .Select(f => new FieldDifference(f.Label, f.Value(cadre.Record), f.Value(theirs)))
                .ToList();
            if (fields.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new CadreDifferences(line, cadre.Record.PersonalIdNumber!, cadre.Id, cadre.Code, cadre.FullName, fields));
            }
        }

        return new ExchangeComparison(changed, unchanged, unmatched);
    }
}
