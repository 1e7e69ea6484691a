using System.Text.Json;

namespace QuyHoach.Data.Audit;

/// <summary>
/// Sự kiện nhật ký kiểm tra: one append-only, hash-chained row of <c>audit_events</c>. The database assigns
/// <see cref="Id"/>, <see cref="OccurredAt"/>, <see cref="PrevHash"/> and <see cref="Hash"/> under the chain lock
/// (migration 0003, ADR 0005); the application supplies who did what to which record, and the states around it.
/// </summary>
public sealed class AuditEvent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private AuditEvent()
    {
    }

    public long Id { get; private set; }

    /// <summary>Thời điểm, from the database clock when the row is written.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? ActorUserId { get; private set; }

    public string ActorName { get; private set; } = "";

    public AuditAction Action { get; private set; } = AuditAction.SignInFailed;

    /// <summary>The kind of record acted on, e.g. <c>account</c>, <c>cadre</c>.</summary>
    public string EntityType { get; private set; } = "";

    public string? EntityId { get; private set; }

    /// <summary>The organisation the record belongs to, so readers with a scope see only their part.</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>The record before the change, as JSON (jsonb); null for creations and views.</summary>
    public string? Before { get; private set; }

    /// <summary>The record after the change, as JSON (jsonb); null for deletions.</summary>
    public string? After { get; private set; }

    public string? PrevHash { get; private set; }

    public string? Hash { get; private set; }

    /// <summary>A new event; <paramref name="before"/> and <paramref name="after"/> are serialised to JSON.</summary>
    public static AuditEvent Create(
        AuditActor actor,
        AuditAction action,
        string entityType,
        string? entityId,
        Guid? organisationId,
        object? before = null,
        object? after = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrEmpty(entityType);
        return new AuditEvent
        {
            ActorUserId = actor.UserId,
            ActorName = actor.Name.Length > 256 ? actor.Name[..256] : actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            OrganisationId = organisationId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        };
    }
}
