namespace QuyHoach.Web.Features.Plans;

/// <summary>The API's stable codes for decisions and plan endings, and the Vietnamese order of names.</summary>
public static class PlanCodes
{
    /// <summary>Given name first, then the whole name, in Vietnamese collation (VietnameseNames.Order).</summary>
    public static IComparer<string> NameOrder => Shell.VietnameseNames.Order;

    public static string Of(DecisionKind kind) => kind switch
    {
        DecisionKind.Approval => "approval",
        DecisionKind.Removal => "removal",
        DecisionKind.AutomaticRemoval => "automatic-removal",
    };

    public static string Of(PlanEndReason reason) => reason switch
    {
        PlanEndReason.Appointed => "appointed",
        PlanEndReason.Removed => "removed",
        PlanEndReason.RemovedAutomatically => "removed-automatically",
        PlanEndReason.CarriedOver => "carried-over",
    };

    public static string Label(DecisionKind kind) => kind switch
    {
        DecisionKind.Approval => "Phê duyệt quy hoạch",
        DecisionKind.Removal => "Đưa ra khỏi quy hoạch",
        DecisionKind.AutomaticRemoval => "Đương nhiên đưa ra khỏi quy hoạch",
    };

    public static RecipientKind? ParseRecipient(string? code) => code switch
    {
        "body" => RecipientKind.Body,
        "person" => RecipientKind.Person,
        "unit" => RecipientKind.Unit,
        _ => null,
    };

    public static string Of(RecipientKind kind) => kind switch
    {
        RecipientKind.Body => "body",
        RecipientKind.Person => "person",
        RecipientKind.Unit => "unit",
    };
}
