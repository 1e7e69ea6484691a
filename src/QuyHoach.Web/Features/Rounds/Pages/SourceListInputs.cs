namespace QuyHoach.Web.Features.Rounds.Pages;

/// <summary>"Bổ sung nguồn": one candidate for one title; a justification when the candidate is not eligible.</summary>
public sealed class CandidateInput
{
    public string? TitleCode { get; set; }

    public string? CadreCode { get; set; }

    public string? Justification { get; set; }

    public AddCandidatesRequest ToRequest() => new(TitleCode, [new CandidateLine(CadreCode?.Trim(), Justification)]);
}

/// <summary>"Rà soát cán bộ đang trong quy hoạch": one planned cadre and the grounds for a removal vote, if any.</summary>
public sealed class PlanMemberInput
{
    public string? TitleCode { get; set; }

    public string? CadreCode { get; set; }

    public string? Grounds { get; set; }

    public ReviewPlanMembersRequest ToRequest() =>
        new(TitleCode, [new PlanMemberLine(CadreCode?.Trim(), string.IsNullOrWhiteSpace(Grounds) ? null : Grounds.Trim())]);
}
