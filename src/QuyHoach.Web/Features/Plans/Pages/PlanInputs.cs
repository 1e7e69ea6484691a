namespace QuyHoach.Web.Features.Plans.Pages;

/// <summary>Số, ngày ký, người ký của một quyết định (DecisionFieldsInputs): as typed; the handler checks them.</summary>
public sealed class DecisionInput
{
    public string? Number { get; set; }

    public string? SignedOn { get; set; }

    public string? SignerName { get; set; }

    public string? SignerPosition { get; set; }

    public DecisionFields ToFields() => new(Number, PlansEndpoints.ParseDate(SignedOn), SignerName, SignerPosition);
}

/// <summary>"Đương nhiên đưa ra khỏi quy hoạch": the ticked lines of the plan (keyed by entry id) and the decision.</summary>
public sealed class AutomaticRemovalInput
{
    public Dictionary<string, string> Entries { get; set; } = [];

    public DecisionInput Decision { get; set; } = new();

    public AutomaticRemovalRequest ToRequest() =>
        new(Decision.ToFields(), Entries.Keys.Select(k => Guid.TryParse(k, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList());
}

/// <summary>"Bổ nhiệm": the cadre chosen with the picker, the title chosen from the list, the start day.</summary>
public sealed class AppointInput
{
    public string? CadreId { get; set; }

    public string? TitleCode { get; set; }

    public string? StartedOn { get; set; }

    public string? DecisionNumber { get; set; }

    public AppointRequest ToRequest() =>
        new(null, TitleCode, PlansEndpoints.ParseDate(StartedOn), DecisionNumber, Guid.TryParse(CadreId, out var id) ? id : null);
}

/// <summary>"Ghi nhận thông báo": one recipient, chosen from the accounts and units in scope, and the day.</summary>
public sealed class NoticeInput
{
    public string? Kind { get; set; } = "body";

    public string? Name { get; set; }

    public string? UserId { get; set; }

    public string? OrganisationId { get; set; }

    public string? NotifiedOn { get; set; }

    public NotifyRequest ToRequest() => new(
        PlansEndpoints.ParseDate(NotifiedOn),
        [new RecipientLine(Kind, Name, null, null, Guid.TryParse(UserId, out var user) ? user : null, Guid.TryParse(OrganisationId, out var unit) ? unit : null)]);
}
