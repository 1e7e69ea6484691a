namespace QuyHoach.Web.Features.Bodies;

/// <summary>Tạo hoặc sửa tập thể: the organisation it belongs to (on creation only), its name, kind and regulated size.</summary>
/// <param name="Kind">One of <see cref="BodyKinds.Codes"/>: standing-committee, executive-committee, directorate, collective-leadership, inspection-committee, other.</param>
public sealed record BodyRequest(Guid? OrganisationId, string? Name, string? Kind, int? RegulatedSize);

/// <summary>Thêm thành viên: a cadre of the registry, the role in the body, whether they head it, and the dates.</summary>
/// <param name="From">First day of the seat (yyyy-MM-dd in JSON; dd/MM/yyyy on the page).</param>
/// <param name="To">Last day of the seat, when already known.</param>
public sealed record MembershipRequest(Guid? CadreId, string? Position, bool IsHead, DateOnly? From, DateOnly? To = null);

/// <summary>Kết thúc tư cách thành viên: the last day of the seat. The row stays, as history.</summary>
public sealed record EndMembershipRequest(DateOnly? To);

/// <summary>The kinds of body as the API writes them, and the Vietnamese names the pages show.</summary>
public static class BodyKinds
{
    public static IReadOnlyDictionary<string, BodyKind> Codes { get; } = new Dictionary<string, BodyKind>(StringComparer.Ordinal)
    {
        ["standing-committee"] = BodyKind.StandingCommittee,
        ["executive-committee"] = BodyKind.ExecutiveCommittee,
        ["directorate"] = BodyKind.Directorate,
        ["collective-leadership"] = BodyKind.CollectiveLeadership,
        ["inspection-committee"] = BodyKind.InspectionCommittee,
        ["other"] = BodyKind.Other,
    };

    public static string CodeOf(BodyKind kind) => Codes.Single(c => c.Value == kind).Key;
}
