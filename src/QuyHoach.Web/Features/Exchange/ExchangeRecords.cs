using QuyHoach.Domain.Common;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Exchange;

/// <summary>A registry cadre as the exchange sees it: its id and unit (for scope and writing) and its record.</summary>
public sealed record ExchangeCadre(Guid Id, Guid OrganisationId, string Code, string FullName, string GivenName, ExchangeRecord Record);

/// <summary>
/// Reads cadres of the registry as exchange records (R-XCH-1): the export, the "changed since" export and the
/// comparison of an uploaded file all ask this one reader, so what is exported is exactly what is compared.
/// </summary>
public static class ExchangeRecords
{
    /// <summary>The cadres of <paramref name="cadres"/> (already limited to a scope) with their records.</summary>
    public static async Task<List<ExchangeCadre>> ReadAsync(QuyHoachDbContext db, IQueryable<Cadre> cadres, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var titles = CurrentAssignments.OpenTitles(db);
        var rows = await cadres.AsNoTracking()
            .Select(c => new
            {
                c.Id,
                c.OrganisationId,
                c.Code,
                c.PersonalIdNumber,
                c.FullName,
                c.GivenName,
                c.Sex,
                c.BirthYear,
                c.BirthMonth,
                c.BirthDay,
                c.Ethnicity,
                c.Hometown,
                c.PartyJoinedOn,
                c.DiedOn,
                Unit = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).FirstOrDefault(),
                Title = titles.Where(t => t.CadreId == c.Id).Select(t => t.Name).FirstOrDefault(),
                Theory = c.PoliticalTheory.Where(p => !p.Studying).Select(p => (PoliticalTheoryLevel?)p.Level).Max(),
                Management = c.StateManagement.OrderByDescending(m => m.Year).Select(m => (StateManagementLevel?)m.Level).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new ExchangeCadre(r.Id, r.OrganisationId, r.Code, r.FullName, r.GivenName, new ExchangeRecord
        {
            PersonalIdNumber = r.PersonalIdNumber,
            FullName = r.FullName,
            Sex = ExchangeFormats.Sex(r.Sex),
            BirthDate = ExchangeFormats.Date(new PartialDate(r.BirthYear, r.BirthMonth, r.BirthDay)),
            Ethnicity = r.Ethnicity,
            Hometown = r.Hometown,
            PartyJoinedOn = ExchangeFormats.Date(r.PartyJoinedOn),
            DiedOn = ExchangeFormats.Date(r.DiedOn),
            Unit = r.Unit,
            Title = r.Title,
            PoliticalTheory = r.Theory is { } theory and not PoliticalTheoryLevel.None ? RegistryLabels.Of(theory) : null,
            StateManagement = r.Management is { } management and not StateManagementLevel.None ? RegistryLabels.Of(management) : null,
            Code = r.Code,
        }))];
    }
}
