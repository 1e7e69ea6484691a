namespace QuyHoach.Web.Features.Rounds.Pages;

/// <summary>The fields of the "Tạo đợt quy hoạch" form; quotas come as <c>Input.Quotas[{title code}]</c> fields.</summary>
public sealed class NewRoundInput
{
    /// <summary>Made when the form is shown and sent back hidden, so that submitting twice makes one round.</summary>
    public string? RequestKey { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; } = "annual-review";

    public string? AuthorityCode { get; set; }

    public string? TermCode { get; set; }

    public string? ReferenceMonth { get; set; }

    public string? RuleSetId { get; set; }

    public string? Due1 { get; set; }

    public string? Due2 { get; set; }

    public string? Due3 { get; set; }

    public string? Due4 { get; set; }

    public string? Due5 { get; set; }

    /// <summary>Số lượng quy hoạch by title code, as typed (blank when the title is not planned).</summary>
    public Dictionary<string, string> Quotas { get; set; } = [];

    public string? Due(int step) => step switch { 1 => Due1, 2 => Due2, 3 => Due3, 4 => Due4, 5 => Due5, _ => null };

    /// <summary>The titles of the chosen authority given a quota (blank fields are left out).</summary>
    public List<RoundTitleRequest> Titles(RoundFormOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var authority = options.Authorities.SingleOrDefault(a => a.Code == AuthorityCode);
        return (authority?.Titles ?? [])
            .Select(t => (t.Code, Text: (Quotas.GetValueOrDefault(t.Code) ?? "").Trim()))
            .Where(t => t.Text.Length > 0)
            .Select(t => new RoundTitleRequest(t.Code, int.TryParse(t.Text, out var q) ? q : 0))
            .ToList();
    }

    public CreateRoundRequest ToRequest(RoundFormOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var chosen = options.Authorities.SingleOrDefault(a => a.Code == AuthorityCode);
        return new(Name, Kind, chosen?.AuthorityCode ?? AuthorityCode, chosen?.OrganisationCode, TermCode, PlanningLabels.ToYearMonth(ReferenceMonth),
            string.IsNullOrWhiteSpace(RuleSetId) ? null : RuleSetId, Titles(options), RequestKey);
    }
}
