using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Domain.Time;

namespace QuyHoach.Cli.Commands;

/// <summary>The JSON input of <c>qh eligibility</c> (docs/rules/eligibility-input.md); mapped to Domain facts.</summary>
public sealed record EligibilityInput(
    string? AsOf,
    string? AgeReference,
    PlanTermKind Term,
    bool Transitional,
    int OtherActivePlansForTitle,
    TitleInput? Title,
    CadreInput? Cadre,
    int? NextTermStartYear = null,
    string? PlanApprovedOn = null)
{
    /// <summary>The request; an entry's approval date makes it transitional under <paramref name="ruleSet"/> (R-TRANS-1).</summary>
    public EligibilityRequest ToRequest(RuleSet ruleSet)
    {
        var request = ToRequest();
        return PlanApprovedOn is null ? request
            : request with { Transitional = TransitionalPlanningRule.Applies(CommandInputs.ParseDate(PlanApprovedOn, "Trường \"planApprovedOn\""), ruleSet) };
    }

    public EligibilityRequest ToRequest()
    {
        var asOf = CommandInputs.ParseDate(AsOf ?? throw new CliUsageException("Thiếu trường \"asOf\"."), "Trường \"asOf\"");
        YearMonth? ageReference = null;
        if (AgeReference is not null)
        {
            ageReference = YearMonth.TryParse(AgeReference, out var m) ? m : throw new CliUsageException($"\"ageReference\" không hợp lệ: \"{AgeReference}\" (định dạng YYYY-MM).");
        }

        var title = Title ?? throw new CliUsageException("Thiếu trường \"title\".");
        var cadre = Cadre ?? throw new CliUsageException("Thiếu trường \"cadre\".");
        if (NextTermStartYear is < 1 or > 9999)
        {
            throw new CliUsageException($"\"nextTermStartYear\" không hợp lệ: {NextTermStartYear}.");
        }

        return new EligibilityRequest(
            cadre.ToFacts(), title.ToTitle(), Term, asOf, OtherActivePlansForTitle, ageReference, Transitional, title.Track ?? TermCalendarTrack.Party, NextTermStartYear);
    }
}

public sealed record TitleInput(
    string? Id, string? Name, int Rank, string? Level, TitleKind Kind, bool IsKeyLeadership, StandardsInput? Standards, IReadOnlyList<SourceGroupInput>? SourceGroups,
    TermCalendarTrack? Track = null)
{
    public PlannedTitle ToTitle() => new(
        Id ?? throw new CliUsageException("Thiếu \"title.id\"."),
        Name ?? Id,
        Rank,
        Level ?? throw new CliUsageException("Thiếu \"title.level\"."),
        Kind,
        Standards?.ToStandards() ?? new TitleStandards(),
        (SourceGroups ?? []).Select(g => new SourceGroup(g.Number, g.CurrentTitleIds ?? [], g.MinimumMonths)).ToArray(),
        IsKeyLeadership);
}

public sealed record StandardsInput(PoliticalTheoryLevel? PoliticalTheory, LevelInput<ProfessionalLevel>? Professional, LevelInput<StateManagementLevel>? StateManagement)
{
    public TitleStandards ToStandards() => new(
        PoliticalTheory,
        Professional is null ? null : new RequiredLevel<ProfessionalLevel>(Professional.Level, Professional.MayCompleteAfterPlanning),
        StateManagement is null ? null : new RequiredLevel<StateManagementLevel>(StateManagement.Level, StateManagement.MayCompleteAfterPlanning));
}

public sealed record LevelInput<TLevel>(TLevel Level, bool MayCompleteAfterPlanning)
    where TLevel : struct, Enum;

public sealed record SourceGroupInput(int Number, IReadOnlyList<string>? CurrentTitleIds, int? MinimumMonths);

public sealed record CadreInput(
    string? Id,
    Sex Sex,
    string? Birth,
    HeldTitle? CurrentTitle,
    PoliticalTheoryLevel PoliticalTheory,
    PoliticalTheoryLevel? StudyingPoliticalTheory,
    ProfessionalLevel Professional,
    StateManagementLevel StateManagement,
    IReadOnlyList<RatingInput>? Ratings,
    IReadOnlyList<DisciplineInput>? Disciplines,
    ViolationStatus Violation,
    PoliticalStandard PoliticalStandard,
    bool Deceased,
    bool TransferredOut,
    IReadOnlyList<ActivePlan>? ActivePlans,
    int? PersonalRetirementAgeMonths)
{
    public CadreFacts ToFacts() => new(
        Id ?? throw new CliUsageException("Thiếu \"cadre.id\"."),
        Sex,
        ParseBirth(Birth ?? throw new CliUsageException("Thiếu \"cadre.birth\".")),
        CurrentTitle,
        PoliticalTheory,
        StudyingPoliticalTheory,
        Professional,
        StateManagement,
        (Ratings ?? []).Select(r => new YearRating(r.Year, RatingCodes.TryParse(r.Rating, out var rating) ? rating : throw new CliUsageException($"Xếp loại không hợp lệ: \"{r.Rating}\" (HTXSNV, HTTNV, HTNV, KHTNV)."))).ToArray(),
        (Disciplines ?? []).Select(d => d.ToRecord()).ToArray(),
        Violation,
        PoliticalStandard,
        Deceased,
        TransferredOut,
        ActivePlans ?? [],
        PersonalRetirementAgeMonths is { } months ? new Domain.Age.AgeInMonths(months) : null);

    private static PartialDate ParseBirth(string text)
    {
        var parts = text.Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts.Length > 3 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                throw new CliUsageException($"\"cadre.birth\" không hợp lệ: \"{text}\" (YYYY, YYYY-MM hoặc YYYY-MM-DD).");
            }
        }

        try
        {
            return new PartialDate(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new CliUsageException($"\"cadre.birth\" không hợp lệ: \"{text}\".", ex);
        }
    }
}

public sealed record RatingInput(int Year, string? Rating);

public sealed record DisciplineInput(DisciplineAuthority Authority, DisciplineForm Form, string? EffectiveOn, bool ComplaintPending, string? ComplaintDecidedOn, bool NewViolation, bool IsCollective)
{
    public DisciplineRecord ToRecord() => new(
        Authority,
        Form,
        CommandInputs.ParseDate(EffectiveOn ?? throw new CliUsageException("Thiếu \"effectiveOn\" của quyết định kỷ luật."), "Trường \"effectiveOn\""),
        ComplaintPending,
        ComplaintDecidedOn is null ? null : CommandInputs.ParseDate(ComplaintDecidedOn, "Trường \"complaintDecidedOn\""),
        NewViolation,
        IsCollective);
}
