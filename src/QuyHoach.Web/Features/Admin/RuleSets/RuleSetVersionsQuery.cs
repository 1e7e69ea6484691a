using System.Text.Json.Nodes;
using QuyHoach.Data.RuleSets;

namespace QuyHoach.Web.Features.Admin.RuleSets;

/// <summary>One stored version as the administrator's list shows it.</summary>
public sealed record RuleSetVersionLine(Guid Id, string Name, string Version, string? BaseName, DateOnly EffectiveFrom, string Status, bool Current, bool BuiltIn, DateOnly UploadedOn);

/// <summary>One value a version changes, with whether this version marks it unconfirmed (R-REG-2).</summary>
public sealed record RuleSetChangeLine(string Label, string Before, string After, bool Unconfirmed);

/// <summary>A version with its difference against the set it derives from and its unconfirmed values.</summary>
public sealed record RuleSetVersionDetail(RuleSetVersionLine Line, string DerivesFrom, IReadOnlyList<RuleSetChangeLine> Changes, IReadOnlyList<string> Unconfirmed, string? UnconfirmedSource);

/// <summary>
/// Danh sách và chi tiết phiên bản bộ quy tắc (R-REG-4): every stored version with its state, and one version's
/// difference: an override against the base version it was merged onto, a base set against its previous version.
/// </summary>
public sealed class RuleSetVersionsQuery(QuyHoachDbContext db)
{
    public async Task<IReadOnlyList<RuleSetVersionLine>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.RuleSetVersions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var current = Current(rows);
        return [.. rows.OrderBy(r => r.ExtendsId is not null).ThenBy(r => r.RuleSetId, StringComparer.Ordinal).ThenByDescending(r => r.UploadedAt).Select(r => Line(r, current))];
    }

    public async Task<RuleSetVersionDetail?> DetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var rows = await db.RuleSetVersions.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.SingleOrDefault(r => r.Id == id) is not { } row)
        {
            return null;
        }

        var from = row.ExtendsId is { } b
            ? rows.SingleOrDefault(r => r.RuleSetId == b && r.Version == row.ExtendsVersion)
            : rows.Where(r => r.RuleSetId == row.RuleSetId && r.UploadedAt < row.UploadedAt).MaxBy(r => r.UploadedAt);
        var set = RuleSetStore.Parse(row);
        var changes = RuleSetDifference.Compare(from is null ? null : JsonNode.Parse(from.Resolved)!.AsObject(), JsonNode.Parse(row.Resolved)!.AsObject())
            .Select(c => new RuleSetChangeLine(RuleSetLabels.Of(c.Key), RuleSetLabels.Value(c.Before), RuleSetLabels.Value(c.After), set.IsUnconfirmed(c.Key)))
            .ToList();
        var derivesFrom = from is null ? "Không có (bộ quy tắc mới)" : $"{RuleSetNames.Of(RuleSetStore.Parse(from))}, phiên bản {from.Version}";
        return new RuleSetVersionDetail(Line(row, Current(rows)), derivesFrom, changes, [.. set.Unconfirmed.Select(RuleSetLabels.Of)], set.UnconfirmedSource);
    }

    private static HashSet<Guid> Current(List<RuleSetRecord> rows) =>
        [.. rows.Where(r => r.ActivatedAt != null).GroupBy(r => r.RuleSetId).Select(g => g.MaxBy(r => r.ActivatedAt)!.Id)];

    private static RuleSetVersionLine Line(RuleSetRecord row, HashSet<Guid> current)
    {
        var set = RuleSetStore.Parse(row);
        var isCurrent = current.Contains(row.Id);
        var status = isCurrent ? "Đang áp dụng" : row.ActivatedAt is null ? "Chưa áp dụng" : "Đã được thay thế";
        var baseName = set.Extends is { } parent ? RuleSetCatalog.BuiltIn.Find(parent) is { } p ? RuleSetNames.Of(p) : "bộ quy tắc gốc" : null;
        return new RuleSetVersionLine(row.Id, RuleSetNames.Of(set), row.Version, baseName, row.EffectiveFrom, status, isCurrent, row.BuiltIn,
            DateOnly.FromDateTime(row.UploadedAt.ToOffset(TimeSpan.FromHours(7)).DateTime));
    }
}
