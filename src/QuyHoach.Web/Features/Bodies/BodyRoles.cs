namespace QuyHoach.Web.Features.Bodies;

/// <summary>
/// Chức vụ trong tập thể: the roles a member may hold in a body of each kind. The page offers them as a select; the
/// API and the members sheet accept the same names (any case and spacing) and store the name as written here, the
/// same Vietnamese text as before, so existing seats and exported sheets read as they did.
/// </summary>
public static class BodyRoles
{
    private static readonly string[] PartyStanding = ["Bí thư", "Phó Bí thư", "Ủy viên Ban Thường vụ"];
    private static readonly string[] PartyExecutive = [.. PartyStanding, "Ủy viên"];
    private static readonly string[] Directorate = ["Giám đốc", "Phó Giám đốc"];
    private static readonly string[] Leadership = [.. PartyStanding, "Giám đốc", "Phó Giám đốc", "Chủ tịch", "Phó Chủ tịch", "Ủy viên"];
    private static readonly string[] Inspection = ["Chủ nhiệm", "Phó Chủ nhiệm", "Ủy viên"];
    private static readonly string[] Other = [.. Leadership, "Chủ nhiệm", "Phó Chủ nhiệm", "Tổ trưởng", "Tổ phó", "Thành viên"];

    /// <summary>The roles of a body of <paramref name="kind"/>, the head's first.</summary>
    public static IReadOnlyList<string> Of(BodyKind kind) => kind switch
    {
        BodyKind.StandingCommittee => PartyStanding,
        BodyKind.ExecutiveCommittee => PartyExecutive,
        BodyKind.Directorate => Directorate,
        BodyKind.CollectiveLeadership => Leadership,
        BodyKind.InspectionCommittee => Inspection,
        BodyKind.Other => Other,
    };

    /// <summary>The role named by <paramref name="text"/> in a body of <paramref name="kind"/>, as written in the list; null when it is not one.</summary>
    public static string? Match(BodyKind kind, string? text)
    {
        var spaced = string.Join(' ', (text ?? "").Normalize().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return Of(kind).FirstOrDefault(r => string.Equals(r, spaced, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The one message for a role that is not one of the body's.</summary>
    public static string Refusal(BodyKind kind) => $"Hãy chọn chức vụ trong tập thể trong danh sách: {string.Join(", ", Of(kind))}.";
}
