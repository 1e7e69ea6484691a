namespace QuyHoach.Web.Features.Bodies;

/// <summary>Tập thể với lịch sử thành viên: the body, the seats as of <see cref="AsOf"/>, and every seat ever held.</summary>
public sealed record BodyDetail(
    Guid Id,
    string Name,
    string Kind,
    string KindCode,
    Guid OrganisationId,
    string OrganisationName,
    int? RegulatedSize,
    bool CanEdit,
    DateOnly AsOf,
    IReadOnlyList<MembershipView> Current,
    IReadOnlyList<MembershipView> History);

/// <summary>Một lần là thành viên: who, with which role, from when to when (no end: still sitting).</summary>
public sealed record MembershipView(Guid Id, Guid CadreId, string FullName, string Unit, string Position, bool IsHead, DateOnly From, DateOnly? To);

/// <summary>Một dòng của danh sách tập thể.</summary>
public sealed record BodySummary(Guid Id, string Name, string Kind, string OrganisationName, int? RegulatedSize, int CurrentMembers, bool CanEdit);
