namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Nhật ký của quy hoạch (rounds, conferences, ballots, dossiers, plan decisions and entries): every legally
/// significant planning action adds its event to the context before the handler's <c>SaveChanges</c>, so the change
/// and its event are written in one transaction. Tallies are aggregate counts entered by the counting committee;
/// nothing here ever pairs a voter with a choice (R-SECRET-1).
/// </summary>
internal static class PlanningAudit
{
    public const string Round = "round";
    public const string Conference = "conference";
    public const string Ballot = "ballot";
    public const string Dossier = "dossier";
    public const string PlanDecision = "plan_decision";
    public const string PlanEntry = "plan_entry";

    public static void Record(
        QuyHoachDbContext db, PlanningActor actor, AuditAction action, string entityType, Guid entityId, Guid organisationId, object? before = null, object? after = null) =>
        AuditTrail.Record(db, AuditEvent.Create(actor.Audit, action, entityType, entityId.ToString(), organisationId, before, after));

    /// <summary>What the log keeps of a step: its editable fields.</summary>
    public static object Step(Data.Planning.RoundStep step) => new
    {
        step.Number,
        step.Name,
        step.DueOn,
        step.CompletedOn,
        step.Announced,
        step.BodyId,
        ExtraBodyIds = step.ExtraBodies.Select(b => b.BodyId).ToList(),
    };

    /// <summary>An aggregate tally: the sheet's counts and the agree votes per ballot line.</summary>
    public static object Tally(Data.Planning.TallyEntry entry) => new
    {
        EntryId = entry.Id,
        entry.Issued,
        entry.Returned,
        entry.Valid,
        entry.Invalid,
        Agree = entry.Votes.ToDictionary(v => v.CandidateId.ToString(), v => v.Agree),
    };
}
