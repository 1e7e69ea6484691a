using QuyHoach.Domain.Age;
using QuyHoach.Domain.Common;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.RuleSets;

namespace QuyHoach.Domain.Eligibility;

/// <summary>Chức vụ hiện tại: the title a cadre holds, with its rank in the unit's hierarchy.</summary>
/// <param name="Id">Title id (matched against source groups).</param>
/// <param name="Rank">Rank; higher is senior.</param>
public sealed record HeldTitle(string Id, int Rank);

/// <summary>Kết quả xếp loại một năm.</summary>
/// <param name="Year">Evaluation year.</param>
/// <param name="Rating">Rating.</param>
public sealed record YearRating(int Year, Rating Rating);

/// <summary>Quy hoạch đang có hiệu lực của cán bộ (for R-PRI-6 and duplicates).</summary>
/// <param name="TitleId">Planned title id.</param>
/// <param name="Level">Approving level.</param>
/// <param name="Kind">Leadership or committee membership.</param>
/// <param name="Term">Current or next term.</param>
public sealed record ActivePlan(string TitleId, string Level, TitleKind Kind, PlanTermKind Term);

/// <summary>Thông tin cán bộ: the loaded facts the eligibility rules read; no rule reaches for more.</summary>
/// <param name="Id">Cadre id.</param>
/// <param name="Sex">Sex (retirement age).</param>
/// <param name="Birth">Birth date, possibly partial.</param>
/// <param name="CurrentTitle">Title held; null for a specialist without a post (rank 0).</param>
/// <param name="PoliticalTheory">LLCT level held.</param>
/// <param name="StudyingPoliticalTheory">Level currently being studied, if any (R-STD-2).</param>
/// <param name="Professional">Professional level.</param>
/// <param name="StateManagement">QLNN level.</param>
/// <param name="Ratings">Annual ratings, any order.</param>
/// <param name="Disciplines">Discipline decisions.</param>
/// <param name="Violation">Violations not (yet) disciplined.</param>
/// <param name="PoliticalStandard">Political-standard conclusion.</param>
/// <param name="Deceased">Has died.</param>
/// <param name="TransferredOut">Moved out of the unit's Party organisation.</param>
/// <param name="ActivePlans">The cadre's active plans.</param>
/// <param name="PersonalRetirementAge">Per-person retirement age override (R-APPAGE-6).</param>
public sealed record CadreFacts(
    string Id,
    Sex Sex,
    PartialDate Birth,
    HeldTitle? CurrentTitle,
    PoliticalTheoryLevel PoliticalTheory,
    PoliticalTheoryLevel? StudyingPoliticalTheory,
    ProfessionalLevel Professional,
    StateManagementLevel StateManagement,
    IReadOnlyList<YearRating> Ratings,
    IReadOnlyList<DisciplineRecord> Disciplines,
    ViolationStatus Violation,
    PoliticalStandard PoliticalStandard,
    bool Deceased,
    bool TransferredOut,
    IReadOnlyList<ActivePlan> ActivePlans,
    AgeInMonths? PersonalRetirementAge = null);

/// <summary>Yêu cầu xét điều kiện quy hoạch: one cadre, one planned title, one term, one date.</summary>
/// <param name="Cadre">Cadre facts.</param>
/// <param name="Title">Planned title.</param>
/// <param name="Term">Term kind.</param>
/// <param name="AsOf">Date of the review (discipline, caps).</param>
/// <param name="OtherActivePlansForTitle">Other cadres' active plans for this title and term (R-PRI-5).</param>
/// <param name="AgeReference">Age reference month when the caller states one; else AgeReferenceRule decides (the
/// month of <paramref name="AsOf"/> for the current term, the next term's first month for the next, R-AGE-1/2).</param>
/// <param name="Transitional">An entry of a plan approved before QĐ 50, held to R-TRANS-1 and nothing higher.</param>
/// <param name="Track">The title's term track (Party congress or State election), for the next term's start.</param>
/// <param name="NextTermStartYear">The start year of the next term on that track, when known (the round's term).</param>
public sealed record EligibilityRequest(
    CadreFacts Cadre,
    PlannedTitle Title,
    PlanTermKind Term,
    DateOnly AsOf,
    int OtherActivePlansForTitle = 0,
    YearMonth? AgeReference = null,
    bool Transitional = false,
    TermCalendarTrack Track = TermCalendarTrack.Party,
    int? NextTermStartYear = null);
