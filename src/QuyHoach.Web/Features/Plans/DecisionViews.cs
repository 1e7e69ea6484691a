namespace QuyHoach.Web.Features.Plans;

/// <summary>One entry a decision made or ended.</summary>
public sealed record DecisionEntryView(Guid EntryId, string TitleCode, string TitleName, string CadreCode, string FullName, DateOnly EffectiveFrom, DateOnly? EndedOn, string? EndReason);

/// <summary>A notification of the decision's list.</summary>
public sealed record NotificationView(Guid Id, string Kind, string RecipientName, DateOnly NotifiedOn, DateTimeOffset RecordedAt);

/// <summary>Quyết định: what it is, who signed, what it changed, who was told, and warnings (e.g. a late approval).</summary>
public sealed record DecisionView(
    Guid Id,
    string Kind,
    string KindName,
    string Number,
    DateOnly SignedOn,
    string SignerName,
    string SignerPosition,
    string Authority,
    string Term,
    Guid? RoundId,
    string? Reason,
    IReadOnlyList<DecisionEntryView> Entries,
    IReadOnlyList<NotificationView> Notifications,
    IReadOnlyList<string> Warnings);
