namespace QuyHoach.Web.Features.Plans;

/// <summary>The signed decision as staff enter it: number, signing date, signer and position.</summary>
public sealed record DecisionFields(string? Number, DateOnly? SignedOn, string? SignerName, string? SignerPosition)
{
    /// <summary>The signature as recorded, once <see cref="DecisionFieldsCheck"/> has found every field filled in.</summary>
    public DecisionSignature Signature() => new(Number!.Trim(), SignedOn!.Value, SignerName!.Trim(), SignerPosition!.Trim());
}

/// <summary>Phê duyệt quy hoạch: the decision and the dossiers it approves (all ready dossiers of the round when empty).</summary>
public sealed record ApproveRequest(DecisionFields? Decision, IReadOnlyList<Guid>? DossierIds);

/// <summary>Quyết định đưa ra khỏi quy hoạch after the round's removal vote (R-REM-VOTE).</summary>
public sealed record RemovalDecisionRequest(DecisionFields? Decision);

/// <summary>Quyết định đương nhiên đưa ra khỏi quy hoạch (R-REM-AUTO): the entries it ends.</summary>
public sealed record AutomaticRemovalRequest(DecisionFields? Decision, IReadOnlyList<Guid>? EntryIds);

/// <summary>Bổ nhiệm: the planned cadre (by id as the page's picker posts it, or by code), the planned title, the day
/// the appointment process starts.</summary>
public sealed record AppointRequest(string? CadreCode, string? TitleCode, DateOnly? StartedOn, string? DecisionNumber, Guid? CadreId = null);

/// <summary>Thông báo: recipients of a decision's list, on a date (R-PUB-2, R-PUB-3).</summary>
public sealed record NotifyRequest(DateOnly? NotifiedOn, IReadOnlyList<RecipientLine>? Recipients);

/// <summary>
/// A recipient: <c>body</c>, <c>person</c> or <c>unit</c>; a person may name their account (by id as the page's select
/// posts it, or by login), a unit sent down to is named by id or code. Accounts and units must be in the writer's scope.
/// </summary>
public sealed record RecipientLine(string? Kind, string? Name, string? UserName, string? OrganisationCode, Guid? UserId = null, Guid? OrganisationId = null);
