using System.Text.RegularExpressions;
using QuyHoach.Documents.Registry.Parsing;

namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// Checks a <see cref="CadreInput"/> (the form and the API): every field at once, with a Vietnamese message per field.
/// Text fields pass the import's own checks (TextSafety: legacy encodings, markup, formula prefixes, person names) and
/// the import's lengths, so a value refused in a workbook is refused here with the same message.
/// </summary>
public static partial class CadreInputValidator
{
    public static (ValidCadre? Cadre, Dictionary<string, string[]> Errors) Validate(
        CadreInput input, UserAccess access, IReadOnlyCollection<Guid> usableTitles, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(usableTitles);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string message) => errors[field] = [message];

        var code = (input.Code ?? "").Trim();
        if (code.Length == 0)
        {
            Error("code", "Hãy nhập mã cán bộ.");
        }
        else if (code.Length > 50 || !CodePattern().IsMatch(code))
        {
            Error("code", "Mã cán bộ chỉ gồm chữ không dấu, chữ số và các dấu - _ . / (tối đa 50 ký tự).");
        }

        if (TextSafety.TypedFullNameProblem(input.FullName, out var fullName) is { } nameProblem)
        {
            Error("fullName", nameProblem);
        }

        var sexOk = RegistryCodes.TryParseSex(input.Sex, out var sex);
        if (!sexOk)
        {
            Error("sex", "Hãy chọn giới tính.");
        }

        var birthOk = VietnameseDates.TryParseBirth(input.Birth, out var birth);
        if (string.IsNullOrWhiteSpace(input.Birth))
        {
            Error("birth", "Hãy nhập ngày sinh.");
        }
        else if (!birthOk || birth.Year < 1900 || VietnameseDates.Earliest(birth) > today)
        {
            Error("birth", "Ngày sinh không hợp lệ: nhập theo dạng dd/MM/yyyy, MM/yyyy hoặc yyyy, không sau hôm nay.");
            birthOk = false;
        }

        var personalId = Domain.Identification.PersonalIdNumber.Normalise(input.PersonalIdNumber);
        if (personalId is not null && sexOk && birthOk && Domain.Identification.PersonalIdNumber.Problem(personalId, sex, birth.Year) is { } idProblem)
        {
            Error("personalIdNumber", $"Số định danh cá nhân không đúng: {idProblem}.");
        }
        else if (personalId is not null && (!sexOk || !birthOk) && personalId.Length != Domain.Identification.PersonalIdNumber.Length)
        {
            Error("personalIdNumber", $"Số định danh cá nhân không đúng: phải gồm đúng {Domain.Identification.PersonalIdNumber.Length} chữ số.");
        }

        var ethnicity = Optional(input.Ethnicity, 50, "ethnicity", "Dân tộc tối đa 50 ký tự.", errors);
        var hometown = Optional(input.Hometown, 200, "hometown", "Quê quán tối đa 200 ký tự.", errors);
        DateOnly? party = null;
        if (!string.IsNullOrWhiteSpace(input.PartyJoinedOn))
        {
            if (!VietnameseDates.TryParseDate(input.PartyJoinedOn, out var joined) || joined > today || (birthOk && joined <= VietnameseDates.Earliest(birth)))
            {
                Error("partyJoinedOn", "Ngày vào Đảng không hợp lệ: nhập theo dạng dd/MM/yyyy, sau ngày sinh và không sau hôm nay.");
            }
            else
            {
                party = joined;
            }
        }

        if (!Guid.TryParse(input.OrganisationId, out var organisation) || !access.MayChange(organisation))
        {
            Error("organisationId", "Hãy chọn đơn vị công tác trong phạm vi quản lý của bạn.");
        }

        if (!Guid.TryParse(input.TitleId, out var title) || !usableTitles.Contains(title))
        {
            Error("titleId", "Hãy chọn chức vụ hiện tại.");
        }

        if (!VietnameseDates.TryParseDate(input.TitleSince, out var since) || since > today || (birthOk && since <= VietnameseDates.Earliest(birth)))
        {
            Error("titleSince", "Ngày giữ chức vụ không hợp lệ: nhập theo dạng dd/MM/yyyy, sau ngày sinh và không sau hôm nay.");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new ValidCadre(code, fullName, sex, birth, ethnicity, hometown, party, organisation, title, since, personalId, input.ScienceTechnology), errors);
    }

    /// <summary>A free-text field: the import's checks (encoding, markup, formula), then its length, before the database.</summary>
    private static string? Optional(string? text, int max, string field, string message, Dictionary<string, string[]> errors)
    {
        var value = VietnameseText.Clean(text);
        if (TextSafety.Check(text ?? "", value) is { } problem)
        {
            errors[field] = [problem + "."];
        }
        else if (value.Length > max)
        {
            errors[field] = [message];
        }

        return value.Length == 0 ? null : value;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
