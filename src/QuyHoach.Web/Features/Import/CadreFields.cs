using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>The identity fields of a cadre row, written only when they differ.</summary>
internal static class CadreFields
{
    public static bool Apply(Cadre cadre, CadreRow row, Guid unitId)
    {
        var name = VietnameseText.Clean(row.FullName);
        var changed = cadre.FullName != name || cadre.Sex != row.Sex || cadre.BirthYear != row.BirthDate.Year
            || cadre.BirthMonth != row.BirthDate.Month || cadre.BirthDay != row.BirthDate.Day || cadre.Ethnicity != row.Ethnicity
            || cadre.Hometown != row.HomeTown || cadre.PartyJoinedOn != row.PartyAdmission || cadre.OrganisationId != unitId
            || cadre.DiedOn != row.DeathDate || cadre.TransferredOutOn != row.TransferredOut || cadre.ScienceTechnology != row.ScienceTechnology
            || (row.PersonalIdNumber is not null && cadre.PersonalIdNumber != row.PersonalIdNumber);
        if (!changed)
        {
            return false;
        }

        cadre.FullName = name;
        (cadre.Sex, cadre.BirthYear, cadre.BirthMonth, cadre.BirthDay) = (row.Sex, row.BirthDate.Year, row.BirthDate.Month, row.BirthDate.Day);
        (cadre.Ethnicity, cadre.Hometown, cadre.PartyJoinedOn, cadre.OrganisationId) = (row.Ethnicity, row.HomeTown, row.PartyAdmission, unitId);
        (cadre.DiedOn, cadre.TransferredOutOn, cadre.ScienceTechnology) = (row.DeathDate, row.TransferredOut, row.ScienceTechnology);
        cadre.PersonalIdNumber = row.PersonalIdNumber ?? cadre.PersonalIdNumber; // an empty cell leaves the recorded number
        return true;
    }
}

/// <summary>Trình độ chuyên môn from the free text of the file ("Thạc sĩ Kinh tế" → Master).</summary>
internal static class ProfessionalLevels
{
    public static ProfessionalLevel FromText(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded switch
        {
            _ when folded.Contains("tien si", StringComparison.Ordinal) => ProfessionalLevel.Doctor,
            _ when folded.Contains("thac si", StringComparison.Ordinal) => ProfessionalLevel.Master,
            _ when folded.Contains("cao dang", StringComparison.Ordinal) => ProfessionalLevel.College,
            _ when folded.Contains("cu nhan", StringComparison.Ordinal) || folded.Contains("ky su", StringComparison.Ordinal)
                || folded.Contains("dai hoc", StringComparison.Ordinal) || folded.Contains("bac si", StringComparison.Ordinal) => ProfessionalLevel.Bachelor,
            _ => ProfessionalLevel.None,
        };
    }
}

/// <summary>What the audit log records of a cadre before and after a change (no history rows, no free text).</summary>
internal sealed record CadreSnapshot(
    string Code, string FullName, Sex Sex, string Birth, string? Ethnicity, Guid OrganisationId, Guid? CurrentTitleId,
    string? PoliticalTheory, string? StateManagement, int Evaluations, int Disciplines, DateOnly? DiedOn, DateOnly? TransferredOutOn,
    bool ScienceTechnology,
    string? PersonalIdNumber)
{
    public static CadreSnapshot Of(Cadre cadre) => new(
        cadre.Code, cadre.FullName, cadre.Sex, cadre.Birth.ToString(), cadre.Ethnicity, cadre.OrganisationId,
        cadre.Assignments.FirstOrDefault(a => a.To is null)?.TitleId,
        cadre.PoliticalTheory.OrderBy(p => p.Year ?? 0).LastOrDefault() is { } p ? $"{p.Level}{(p.Studying ? " (đang học)" : "")}" : null,
        cadre.StateManagement.OrderBy(s => s.Year ?? 0).LastOrDefault()?.Level.ToString(),
        cadre.Evaluations.Count, cadre.Disciplines.Count, cadre.DiedOn, cadre.TransferredOutOn, cadre.ScienceTechnology, cadre.PersonalIdNumber);
}
