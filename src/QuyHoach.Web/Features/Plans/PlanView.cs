namespace QuyHoach.Web.Features.Plans;

/// <summary>One entry of the plan as it stood on a day, with any automatic-removal trigger found that day.</summary>
/// <param name="Triggers">R-REM-AUTO triggers (death, age, discipline, political standard); non-empty means the entry
/// must end by an automatic removal decision, without a vote.</param>
/// <param name="DecisionId">The approval decision (the page <c>/quyet-dinh/{id}</c>).</param>
/// <param name="UnitName">The unit the entry belongs to that day (R-ORG-3).</param>
/// <param name="CarriedFrom">For an entry carried by a merger, split or rename: the unit it came from (R-ORG-3).</param>
public sealed record PlanLineView(
    Guid EntryId, string TitleCode, string TitleName, string Term, string CadreCode, string FullName, DateOnly EffectiveFrom, string DecisionNumber,
    DateOnly AppointableFrom, IReadOnlyList<string> Triggers, Guid DecisionId, string UnitName = "", string? CarriedFrom = null);

/// <summary>Quy hoạch tại một ngày: every entry holding on <paramref name="AsOf"/> in the reader's scope.</summary>
public sealed record PlanView(DateOnly AsOf, IReadOnlyList<PlanLineView> Lines);
