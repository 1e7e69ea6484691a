namespace QuyHoach.Web.Features.Plans;

/// <summary>Nhật ký của hồ sơ và quy hoạch: the event joins the change in the handler's one <c>SaveChanges</c>.</summary>
internal static class PlanAudit
{
    public const string Dossier = "dossier";
    public const string Decision = "plan_decision";
    public const string Entry = "plan_entry";

    public static void Record(QuyHoachDbContext db, PlanningActor actor, AuditAction action, Guid dossierId, Guid organisationId, object? before = null, object? after = null) =>
        AuditTrail.Record(db, AuditEvent.Create(actor.Audit, action, Dossier, dossierId.ToString(), organisationId, before, after));

    public static void Record(QuyHoachDbContext db, PlanningActor actor, AuditAction action, string entityType, Guid entityId, Guid organisationId, object? before = null, object? after = null) =>
        AuditTrail.Record(db, AuditEvent.Create(actor.Audit, action, entityType, entityId.ToString(), organisationId, before, after));
}
