namespace QuyHoach.Web.Features.Registry;

/// <summary>Lý lịch cán bộ: identity, every history and the live screening verdicts.</summary>
public sealed record CadreProfile(
    Guid Id,
    string Code,
    string FullName,
    string Sex,
    string Birth,
    int Age,
    string? Ethnicity,
    string? Hometown,
    DateOnly? PartyJoinedOn,
    Guid OrganisationId,
    string Organisation,
    Guid? CurrentTitleId,
    string? CurrentTitle,
    DateOnly? CurrentTitleSince,
    DateOnly? DiedOn,
    DateOnly? TransferredOutOn,
    IReadOnlyList<AssignmentView> Assignments,
    IReadOnlyList<EducationView> Education,
    IReadOnlyList<PoliticalTheoryView> PoliticalTheory,
    IReadOnlyList<StateManagementView> StateManagement,
    IReadOnlyList<EvaluationView> Evaluations,
    IReadOnlyList<DisciplineView> Disciplines,
    IReadOnlyList<ConclusionView> PoliticalStandardConclusions,
    ScreeningView Screening,
    string Version,
    string? PersonalIdNumber = null,
    bool ScienceTechnology = false);

public sealed record AssignmentView(Guid TitleId, string Title, DateOnly From, DateOnly? To, string? DecisionNumber, bool IsCurrent);

public sealed record EducationView(string Level, string? Field, string? Institution, int? Year);

/// <summary>Lý luận chính trị; <see cref="Studying"/> is "đang học".</summary>
public sealed record PoliticalTheoryView(string Level, bool Studying, int? Year);

public sealed record StateManagementView(string Level, int? Year);

/// <summary>Xếp loại of one year; <see cref="Score"/> is written the Vietnamese way ("89,9").</summary>
public sealed record EvaluationView(int Year, string RatingCode, string Rating, int? ScoreTenths, string? Score);

/// <summary>Kỷ luật with its dates and its status today (<see cref="Status"/> its label, <see cref="InForce"/> its value).</summary>
public sealed record DisciplineView(
    string Authority,
    string Form,
    string? DecisionNumber,
    DateOnly DecidedOn,
    DateOnly EffectiveOn,
    string Status,
    bool InForce,
    DateOnly? FreeFrom,
    bool IsCollective);

public sealed record ConclusionView(DateOnly ConcludedOn, bool Met, string? Note);

/// <summary>Sàng lọc tại một tháng: the rule set and the month screened at (facts as they stood on the month's first
/// day), the term then current and one verdict per title the cadre could be planned for, for an addition to the current
/// term's plan and for the next term's plan (counted from its first month, named in each verdict, R-AGE-1).</summary>
/// <param name="RuleSet">The rule set's reference (id@version), for the API.</param>
/// <param name="RuleSetId">The chosen rule set (the select's value).</param>
/// <param name="RuleSetName">Its Vietnamese name.</param>
/// <param name="RuleSets">Every rule set the form offers.</param>
/// <param name="Month">The month screened at, MM/yyyy.</param>
/// <param name="Term">The term running that month on the titles' track.</param>
/// <param name="AsOf">The review day: the month's first day.</param>
/// <param name="Verdicts">Current-term verdicts.</param>
/// <param name="NextTermVerdicts">Next-term verdicts.</param>
public sealed record ScreeningView(
    string RuleSet,
    string RuleSetId,
    string RuleSetName,
    IReadOnlyList<RuleSetOption> RuleSets,
    string Month,
    string? Term,
    DateOnly AsOf,
    IReadOnlyList<VerdictView> Verdicts,
    IReadOnlyList<VerdictView> NextTermVerdicts);

/// <summary>One rule set of the form's select: its id (the value) and its Vietnamese name (the text).</summary>
public sealed record RuleSetOption(string Id, string Name);

public sealed record VerdictView(
    Guid TitleId,
    string Title,
    string Outcome,
    string OutcomeLabel,
    int? SourceGroup,
    int MonthsRemaining,
    int RequiredMonths,
    IReadOnlyList<ReasonView> Reasons,
    string AgeReference);

/// <summary>Lý do with its code, severity, Vietnamese message and legal basis.</summary>
public sealed record ReasonView(string Code, string Severity, string SeverityLabel, string Message, string RuleId, string LegalBasis);
