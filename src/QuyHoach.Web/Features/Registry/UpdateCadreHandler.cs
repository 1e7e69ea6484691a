using Npgsql;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Sửa thông tin cán bộ: identity, unit and current title. A new title closes the current assignment the day before
/// the new one starts (the history is kept); the same title with another date corrects the start date.
/// </summary>
public sealed class UpdateCadreHandler(QuyHoachDbContext db, TitlesHandler titles, TimeProvider clock)
{
    /// <summary>The form of an existing cadre, filled from the registry; null when out of scope.</summary>
    public async Task<CadreInput?> LoadAsync(UserAccess access, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var cadre = await FindAsync(access, id, tracking: false, cancellationToken).ConfigureAwait(false);
        if (cadre is null)
        {
            return null;
        }

        var current = CurrentAssignments.Open(cadre.Assignments);
        return new CadreInput
        {
            Code = cadre.Code,
            FullName = cadre.FullName,
            Sex = RegistryCodes.Code(cadre.Sex),
            Birth = cadre.Birth.ToString(),
            Ethnicity = cadre.Ethnicity,
            PersonalIdNumber = cadre.PersonalIdNumber,
            Hometown = cadre.Hometown,
            ScienceTechnology = cadre.ScienceTechnology,
            PartyJoinedOn = RegistryLabels.Date(cadre.PartyJoinedOn),
            OrganisationId = cadre.OrganisationId.ToString(),
            TitleId = current?.TitleId.ToString(),
            TitleSince = RegistryLabels.Date(current?.From),
            Version = cadre.Version.ToString(CultureInfo.InvariantCulture),
        };
    }

    public async Task<CadreCommandResult> HandleAsync(UserAccess access, Guid id, CadreInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var cadre = await FindAsync(access, id, tracking: true, cancellationToken).ConfigureAwait(false);
        if (cadre is null)
        {
            return CadreCommandResult.NotFound;
        }

        if (!access.MayChange(cadre.OrganisationId))
        {
            return CadreCommandResult.Forbidden;
        }

        var (valid, errors) = await CadreCodes.CheckAsync(db, titles, access, input, id, VietnamTime.Today(clock), cancellationToken).ConfigureAwait(false);
        if (valid is null)
        {
            return CadreCommandResult.Invalid(errors);
        }

        // The same optimistic-concurrency rule as every other versioned edit (RowVersion): refused when the user read
        // an older version, and the UPDATE compares xmin with it in case a change commits in between.
        if (RowVersion.Check(db, cadre, c => c.Version, input.Version) is { } refused)
        {
            return refused == RowVersion.Stale
                ? CadreCommandResult.Stale
                : CadreCommandResult.Invalid(new Dictionary<string, string[]> { ["version"] = [refused.Detail] });
        }

        var current = CurrentAssignments.Open(cadre.Assignments);
        if (cadre.Assignments.Any(a => a != current && (a.To ?? a.From) >= valid.TitleSince)
            || (current is not null && current.TitleId != valid.TitleId && current.From >= valid.TitleSince))
        {
            return CadreCommandResult.Invalid(new Dictionary<string, string[]>
            {
                ["titleSince"] = ["Ngày giữ chức vụ phải sau ngày bắt đầu và ngày kết thúc các chức vụ trước trong quá trình công tác."],
            });
        }

        var now = clock.GetUtcNow();
        var before = CadreAudit.Of(cadre);
        CadreCodes.Apply(cadre, valid, now);
        if (current is not null && current.TitleId == valid.TitleId)
        {
            current.From = valid.TitleSince;
        }
        else
        {
            current?.To = valid.TitleSince.AddDays(-1);
            var assignment = new Assignment { Id = Guid.CreateVersion7(), CadreId = cadre.Id, TitleId = valid.TitleId, From = valid.TitleSince };
            db.Add(assignment);
            cadre.Assignments.Add(assignment);
        }

        AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.CadreUpdated, "cadre", cadre.Id.ToString(), cadre.OrganisationId, before, CadreAudit.Of(cadre)));

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CadreCommandResult.Stale;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            return CadreCommandResult.Invalid(CadreCodes.TakenBy(unique));
        }

        return CadreCommandResult.Saved(cadre.Id);
    }

    private async Task<Cadre?> FindAsync(UserAccess access, Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var visible = access.OrganisationIds.ToList();
        var query = db.Cadres.Include(c => c.Assignments).Where(c => c.Id == id && visible.Contains(c.OrganisationId));
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }
}
