namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// What the audit log keeps of a cadre before and after a change made by a form or the API: identity, unit and
/// current title (history rows are audited where they change).
/// </summary>
internal sealed record CadreAudit(
    string Code, string FullName, string Sex, string Birth, string? Ethnicity, string? Hometown, DateOnly? PartyJoinedOn,
    Guid OrganisationId, Guid? CurrentTitleId, DateOnly? CurrentTitleSince, string? PersonalIdNumber, bool ScienceTechnology)
{
    public static CadreAudit Of(Cadre cadre)
    {
        var current = CurrentAssignments.Open(cadre.Assignments);
        return new CadreAudit(
            cadre.Code, cadre.FullName, cadre.Sex.ToString(), cadre.Birth.ToString(), cadre.Ethnicity, cadre.Hometown, cadre.PartyJoinedOn,
            cadre.OrganisationId, current?.TitleId, current?.From, cadre.PersonalIdNumber, cadre.ScienceTechnology);
    }
}
