using QuyHoach.Documents.Registry.Parsing;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.Voting;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Rounds;

/// <summary>
/// Bổ sung nguồn từ nơi khác (R-OTH-1): a person working at another agency, with the facts screening needs, as typed
/// on the page or sent to the API. Levels and ratings are the names of the Domain's values (chosen from lists on the
/// page); the ratings are those of the three years before the round's reference year, oldest first.
/// </summary>
public sealed class ExternalCandidateInput
{
    public string? TitleCode { get; set; }

    public string? FullName { get; set; }

    /// <summary><c>nam</c> or <c>nu</c>.</summary>
    public string? Sex { get; set; }

    /// <summary>dd/MM/yyyy (a full date: it tells two namesakes apart).</summary>
    public string? Birth { get; set; }

    /// <summary>dd/MM/yyyy; empty when not a Party member.</summary>
    public string? PartyJoinedOn { get; set; }

    public string? Agency { get; set; }

    public string? Post { get; set; }

    /// <summary>The unit's title the post is taken as equivalent to (its id, chosen from a list).</summary>
    public string? EquivalentTitleId { get; set; }

    public string? PoliticalTheory { get; set; }

    public string? Professional { get; set; }

    public string? StateManagement { get; set; }

    public string? Rating1 { get; set; }

    public string? Rating2 { get; set; }

    public string? Rating3 { get; set; }

    /// <summary>Ngày có kết luận đạt tiêu chuẩn chính trị (dd/MM/yyyy); empty when not yet concluded.</summary>
    public string? PoliticalStandardOn { get; set; }

    public string? HomeOpinion { get; set; }

    public string? Justification { get; set; }
}

/// <summary>A checked <see cref="ExternalCandidateInput"/>.</summary>
internal sealed record ValidExternal(
    string FullName, Sex Sex, DateOnly Birth, DateOnly? PartyJoinedOn, string Agency, string Post, Guid EquivalentTitleId,
    PoliticalTheoryLevel PoliticalTheory, ProfessionalLevel Professional, StateManagementLevel StateManagement,
    IReadOnlyList<YearRating> Ratings, DateOnly? PoliticalStandardOn, string HomeOpinion, string? Justification)
{
    /// <summary>One person once per round: the folded name and the birth date.</summary>
    public string PersonKey => $"{VietnameseText.Fold(FullName)}|{Birth:yyyy-MM-dd}";
}

internal static class ExternalCandidateValidator
{
    public const int JustificationMaxLength = 2000;

    /// <summary>Every problem at once, one Vietnamese message each; the equivalent title must be one of <paramref name="titles"/>.</summary>
    public static (ValidExternal? Valid, List<VoteProblem> Problems) Validate(ExternalCandidateInput input, IReadOnlyCollection<Guid> titles, int referenceYear, DateOnly today)
    {
        var problems = new List<VoteProblem>();
        void Problem(string code, string message) => problems.Add(new VoteProblem(code, message));

        if (TextSafety.TypedFullNameProblem(input.FullName, out var name) is { } nameProblem)
        {
            Problem("FULL_NAME", nameProblem);
        }

        if (!RegistryCodes.TryParseSex(input.Sex, out var sex))
        {
            Problem("SEX", "Hãy chọn giới tính.");
        }

        var birthOk = VietnameseDates.TryParseDate(input.Birth, out var birth) && birth.Year >= 1900 && birth <= today;
        if (!birthOk)
        {
            Problem("BIRTH", "Ngày sinh không hợp lệ: nhập đủ ngày, tháng, năm theo dạng dd/MM/yyyy, không sau hôm nay.");
        }

        DateOnly? party = null;
        if (!string.IsNullOrWhiteSpace(input.PartyJoinedOn))
        {
            if (VietnameseDates.TryParseDate(input.PartyJoinedOn, out var joined) && joined <= today && (!birthOk || joined > birth))
            {
                party = joined;
            }
            else
            {
                Problem("PARTY_JOINED_ON", "Ngày vào Đảng không hợp lệ: nhập theo dạng dd/MM/yyyy, sau ngày sinh và không sau hôm nay.");
            }
        }

        var agency = Text(input.Agency, ExternalSource.AgencyMaxLength, "AGENCY", "cơ quan, đơn vị đang công tác", problems);
        var post = Text(input.Post, ExternalSource.PostMaxLength, "POST", "chức vụ hiện tại", problems);
        var opinion = Text(input.HomeOpinion, ExternalSource.OpinionMaxLength, "HOME_OPINION", "văn bản ý kiến của cơ quan đang công tác (số, ngày)", problems);
        if (!Guid.TryParse(input.EquivalentTitleId, out var equivalent) || !titles.Contains(equivalent))
        {
            Problem("EQUIVALENT_TITLE", "Hãy chọn chức vụ tương đương trong đơn vị.");
        }

        var theory = Level<PoliticalTheoryLevel>(input.PoliticalTheory, "POLITICAL_THEORY", "trình độ lý luận chính trị", problems);
        var professional = Level<ProfessionalLevel>(input.Professional, "PROFESSIONAL", "trình độ chuyên môn", problems);
        var state = Level<StateManagementLevel>(input.StateManagement, "STATE_MANAGEMENT", "trình độ quản lý nhà nước", problems);
        var ratings = new List<YearRating>();
        foreach (var (text, year) in new[] { (input.Rating1, referenceYear - 3), (input.Rating2, referenceYear - 2), (input.Rating3, referenceYear - 1) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (Enum.TryParse<Rating>(text, ignoreCase: false, out var rating) && Enum.IsDefined(rating))
            {
                ratings.Add(new YearRating(year, rating));
            }
            else
            {
                Problem("RATING", $"Kết quả xếp loại năm {year} không hợp lệ: hãy chọn trong danh sách.");
            }
        }

        DateOnly? concluded = null;
        if (!string.IsNullOrWhiteSpace(input.PoliticalStandardOn))
        {
            if (VietnameseDates.TryParseDate(input.PoliticalStandardOn, out var on) && on <= today)
            {
                concluded = on;
            }
            else
            {
                Problem("POLITICAL_STANDARD_ON", "Ngày kết luận tiêu chuẩn chính trị không hợp lệ: nhập theo dạng dd/MM/yyyy, không sau hôm nay.");
            }
        }

        var justification = VietnameseText.Clean(input.Justification);
        if (TextSafety.Check(input.Justification ?? "", justification) is { } why)
        {
            Problem("JUSTIFICATION", why + ".");
        }
        else if (justification.Length > JustificationMaxLength)
        {
            Problem("JUSTIFICATION", $"Lý do bổ sung tối đa {JustificationMaxLength} ký tự.");
        }

        return problems.Count > 0
            ? (null, problems)
            : (new ValidExternal(name, sex, birth, party, agency!, post!, equivalent, theory, professional, state, ratings, concluded, opinion!, justification.Length == 0 ? null : justification), problems);
    }

    private static string? Text(string? raw, int max, string code, string what, List<VoteProblem> problems)
    {
        var value = VietnameseText.Clean(raw);
        if (value.Length == 0)
        {
            problems.Add(new VoteProblem(code, $"Hãy nhập {what}."));
        }
        else if (TextSafety.Check(raw!, value) is { } problem)
        {
            problems.Add(new VoteProblem(code, $"{char.ToUpperInvariant(what[0])}{what[1..]}: {problem}."));
        }
        else if (value.Length > max)
        {
            problems.Add(new VoteProblem(code, $"{char.ToUpperInvariant(what[0])}{what[1..]} tối đa {max} ký tự."));
        }
        else
        {
            return value;
        }

        return null;
    }

    private static T Level<T>(string? text, string code, string what, List<VoteProblem> problems)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(text, ignoreCase: false, out var level) && Enum.IsDefined(level))
        {
            return level;
        }

        problems.Add(new VoteProblem(code, $"Hãy chọn {what}."));
        return default;
    }
}
