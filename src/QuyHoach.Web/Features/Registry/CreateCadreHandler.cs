using Npgsql;

namespace QuyHoach.Web.Features.Registry;

/// <summary>Thêm cán bộ: a new cadre with its current title, in a unit of the user's scope; a taken code is refused.</summary>
public sealed class CreateCadreHandler(QuyHoachDbContext db, TitlesHandler titles, TimeProvider clock)
{
    public async Task<CadreCommandResult> HandleAsync(UserAccess access, CadreInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.CanWrite)
        {
            return CadreCommandResult.Forbidden;
        }

        var (valid, errors) = await CadreCodes.CheckAsync(db, titles, access, input, null, VietnamTime.Today(clock), cancellationToken).ConfigureAwait(false);
        if (valid is null)
        {
            return CadreCommandResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var cadre = new Cadre { Id = Guid.CreateVersion7(), CreatedAt = now };
        CadreCodes.Apply(cadre, valid, now);
        cadre.Assignments.Add(new Assignment { Id = Guid.CreateVersion7(), CadreId = cadre.Id, TitleId = valid.TitleId, From = valid.TitleSince });
        db.Cadres.Add(cadre);
        AuditTrail.Record(db, AuditEvent.Create(access.Actor, AuditAction.CadreCreated, "cadre", cadre.Id.ToString(), cadre.OrganisationId, after: CadreAudit.Of(cadre)));
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            return CadreCommandResult.Invalid(CadreCodes.TakenBy(unique));
        }

        return CadreCommandResult.Saved(cadre.Id);
    }
}

/// <summary>What create and update share: checking the form, copying checked fields and the "code taken" / "number taken" messages.</summary>
internal static class CadreCodes
{
    public static IReadOnlyDictionary<string, string[]> Taken { get; } =
        new Dictionary<string, string[]> { ["code"] = ["Mã cán bộ đã được dùng cho một cán bộ khác."] };

    /// <summary>R-PIN-1: one record per person in the whole registry, whoever's scope holds the other one.</summary>
    public static IReadOnlyDictionary<string, string[]> NumberTaken { get; } =
        new Dictionary<string, string[]> { ["personalIdNumber"] = ["Số định danh cá nhân này đã có trong hồ sơ một cán bộ khác."] };

    /// <summary>
    /// The cadre form checked once for create and update: its fields, a current title the user may use, and a code
    /// and personal id number no other cadre than <paramref name="self"/> has (R-PIN-1). The valid cadre, or the errors.
    /// </summary>
    public static async Task<(ValidCadre? Valid, IReadOnlyDictionary<string, string[]> Errors)> CheckAsync(
        QuyHoachDbContext db, TitlesHandler titles, UserAccess access, CadreInput input, Guid? self, DateOnly today, CancellationToken cancellationToken)
    {
        var usable = (await titles.HandleAsync(access, cancellationToken).ConfigureAwait(false)).Select(t => t.Id).ToList();
        var (valid, errors) = CadreInputValidator.Validate(input, access, usable, today);
        if (valid is null)
        {
            return (null, errors);
        }

        return await TakenAsync(db, valid, self, cancellationToken).ConfigureAwait(false) is { } taken ? (null, taken) : (valid, errors);
    }

    /// <summary>The message when another cadre (not <paramref name="self"/>) has the code or the number.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>?> TakenAsync(QuyHoachDbContext db, ValidCadre valid, Guid? self, CancellationToken cancellationToken)
    {
        if (await db.Cadres.AnyAsync(c => c.Code == valid.Code && c.Id != self, cancellationToken).ConfigureAwait(false))
        {
            return Taken;
        }

        return valid.PersonalIdNumber is { } number && await db.Cadres.AnyAsync(c => c.PersonalIdNumber == number && c.Id != self, cancellationToken).ConfigureAwait(false)
            ? NumberTaken
            : null;
    }

    /// <summary>The message for a unique index that refused the save (a race with another save).</summary>
    public static IReadOnlyDictionary<string, string[]> TakenBy(PostgresException unique) =>
        unique.ConstraintName == Cadre.PersonalIdNumberIndex ? NumberTaken : Taken;

    public static void Apply(Cadre cadre, ValidCadre valid, DateTimeOffset now)
    {
        cadre.Code = valid.Code;
        cadre.FullName = valid.FullName;
        cadre.Sex = valid.Sex;
        (cadre.BirthYear, cadre.BirthMonth, cadre.BirthDay) = (valid.Birth.Year, valid.Birth.Month, valid.Birth.Day);
        cadre.Ethnicity = valid.Ethnicity;
        cadre.PersonalIdNumber = valid.PersonalIdNumber;
        cadre.Hometown = valid.Hometown;
        cadre.PartyJoinedOn = valid.PartyJoinedOn;
        cadre.ScienceTechnology = valid.ScienceTechnology;
        cadre.OrganisationId = valid.OrganisationId;
        cadre.UpdatedAt = now;
    }
}
