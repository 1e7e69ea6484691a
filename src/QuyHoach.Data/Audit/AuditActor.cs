namespace QuyHoach.Data.Audit;

/// <summary>Người thực hiện: the signed-in account, or nobody (an anonymous sign-in attempt, the system itself).</summary>
/// <param name="UserId">The account's id; null when no account is known.</param>
/// <param name="Name">The user name as typed or stored; kept even if the account is later renamed.</param>
public sealed record AuditActor(Guid? UserId, string Name)
{
    /// <summary>The application itself (start-up work, scheduled jobs).</summary>
    public static AuditActor System { get; } = new(null, "hệ thống");
}
