namespace QuyHoach.Web.Features.Outputs;

/// <summary>What the documents print of a candidate from the registry: code, name, birth date, sex, current title (for a
/// source from elsewhere, R-OTH-1: the post and agency as written), source group.</summary>
internal sealed record CandidateFact(string Code, string FullName, PartialDate Birth, Sex Sex, string CurrentTitle, string SourceGroup);

internal static class CandidateFacts
{
    /// <summary>The facts of <paramref name="cadreIds"/>; the source group is the one screened for <paramref name="titleId"/> in the round.</summary>
    public static async Task<Dictionary<Guid, CandidateFact>> LoadAsync(
        QuyHoachDbContext db, Guid roundId, Guid? titleId, IReadOnlyCollection<Guid> cadreIds, CancellationToken cancellationToken)
    {
        var cadres = await db.Cadres.AsNoTracking().Include(c => c.Assignments).Where(c => cadreIds.Contains(c.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var titleIds = cadres.SelectMany(c => c.Assignments).Select(a => a.TitleId).Distinct().ToList();
        var titles = await db.Titles.Where(t => titleIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
        var elsewhere = await db.ExternalSources.Where(x => cadreIds.Contains(x.CadreId)).ToDictionaryAsync(x => x.CadreId, x => $"{x.Post}, {x.Agency}", cancellationToken).ConfigureAwait(false);
        var groups = await db.SourceListEntries.Where(e => e.RoundId == roundId && (titleId == null || e.TitleId == titleId) && cadreIds.Contains(e.CadreId))
            .Select(e => new { e.CadreId, e.SourceGroup }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return cadres.ToDictionary(c => c.Id, c =>
        {
            var current = CurrentAssignments.Open(c.Assignments);
            var group = groups.FirstOrDefault(g => g.CadreId == c.Id)?.SourceGroup;
            var post = current is not null ? titles[current.TitleId] : elsewhere.GetValueOrDefault(c.Id, "");
            return new CandidateFact(c.Code, c.FullName, c.Birth, c.Sex, post, group?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        });
    }

    /// <summary>A name written in from outside the registry has no birth date or sex to print.</summary>
    public const string OutsideRegistry = "Có người được ghi thêm không có trong danh sách cán bộ (không có ngày sinh, giới tính): chưa lập được văn bản tự động, hãy bổ sung người này vào danh sách cán bộ.";
}
