using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// The codes of a file resolved against the database and the user's scope: units must be organisations the user may
/// change, titles must exist, and a cadre code already used elsewhere must belong to the user's scope. Every problem is
/// reported with its sheet, row and column, in Vietnamese.
/// </summary>
public sealed record ImportCodes(
    IReadOnlyDictionary<string, Guid> Units,
    IReadOnlyDictionary<string, Guid> Titles,
    IReadOnlyList<ImportIssue> Problems)
{
    private const string CadreSheet = "CanBo";

    public static async Task<ImportCodes> LoadAsync(QuyHoachDbContext db, RegistryImportResult file, UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(access);
        var comparer = StringComparer.OrdinalIgnoreCase;
        var units = (await db.Organisations.AsNoTracking().Select(o => new { o.Code, o.Id }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(o => access.MayChange(o.Id))
            .ToDictionary(o => o.Code, o => o.Id, comparer);
        var titles = (await db.Titles.AsNoTracking().Select(t => new { t.Code, t.Id }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(t => t.Code, t => t.Id, comparer);
        var fileCodes = file.Cadres.Select(c => c.Code.ToUpperInvariant()).ToList();
        var elsewhere = await db.Cadres.AsNoTracking()
            .Where(c => fileCodes.Contains(c.Code.ToUpper()))
            .Select(c => new { c.Code, c.OrganisationId })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var outOfScope = elsewhere.Where(c => !access.MayChange(c.OrganisationId)).Select(c => c.Code).ToHashSet(comparer);
        var numbersTaken = await PersonalIdNumbersTakenAsync(db, file, cancellationToken).ConfigureAwait(false);

        var problems = new List<ImportIssue>();
        foreach (var row in file.Cadres)
        {
            if (outOfScope.Contains(row.Code))
            {
                problems.Add(new ImportIssue(CadreSheet, row.SheetRow, "Mã cán bộ", $"Mã cán bộ \"{row.Code}\" đã có trong hệ thống và thuộc đơn vị ngoài phạm vi của bạn."));
            }

            if (row.PersonalIdNumber is { } number && numbersTaken.TryGetValue(number, out var holder) && !comparer.Equals(holder, row.Code))
            {
                // R-PIN-2: one record per number in the whole registry; the holder's code is not named (it may be out of scope).
                problems.Add(new ImportIssue(CadreSheet, row.SheetRow, "Số định danh cá nhân", $"Dòng {row.SheetRow}: số định danh cá nhân {number} đã có trong hồ sơ một cán bộ khác."));
            }

            if (!units.ContainsKey(row.UnitCode))
            {
                problems.Add(new ImportIssue(CadreSheet, row.SheetRow, "Mã đơn vị", $"Không có đơn vị mã \"{row.UnitCode}\" trong phạm vi của bạn."));
            }

            if (row.CurrentTitleCode is { Length: > 0 } title && !titles.ContainsKey(title))
            {
                problems.Add(new ImportIssue(CadreSheet, row.SheetRow, "Mã chức vụ hiện tại", $"Không có chức danh mã \"{title}\"."));
            }
        }

        return new ImportCodes(units, titles, problems);
    }

    /// <summary>The file's personal identification numbers already on a record, with that record's code.</summary>
    private static async Task<Dictionary<string, string>> PersonalIdNumbersTakenAsync(QuyHoachDbContext db, RegistryImportResult file, CancellationToken cancellationToken)
    {
        var numbers = file.Cadres.Select(c => c.PersonalIdNumber).OfType<string>().ToList();
        return numbers.Count == 0
            ? []
            : await db.Cadres.AsNoTracking().Where(c => c.PersonalIdNumber != null && numbers.Contains(c.PersonalIdNumber))
                .ToDictionaryAsync(c => c.PersonalIdNumber!, c => c.Code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Cadre codes the reader may accept in the other sheets: those already in the user's scope, read only if the
    /// reader asks for a code sheet CanBo lacks (<see cref="CadreCodesOnDemand"/>).
    /// </summary>
    public static KnownCodes Known(QuyHoachDbContext db, UserAccess access)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(access);
        var visible = access.OrganisationIds.ToList();
        // A national account sees every unit: no filter of 4,400 ids to plan (as the cadre list, UserAccess.SeesEveryUnit).
        var inScope = access.SeesEveryUnit ? db.Cadres.AsNoTracking() : db.Cadres.AsNoTracking().Where(c => visible.Contains(c.OrganisationId));
        return new KnownCodes(new CadreCodesOnDemand(() => inScope.Select(c => c.Code).ToList()));
    }
}
