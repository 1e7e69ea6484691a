namespace QuyHoach.Web.Features.Rounds.Pages;

/// <summary>"Bổ sung nguồn": one candidate for one title; a justification when the candidate is not eligible.</summary>
public sealed class CandidateInput
{
    public string? TitleCode { get; set; }

    /// <summary>Kept for posts that name the cadre by code; the page's picker posts <see cref="CadreId"/>.</summary>
    public string? CadreCode { get; set; }

    public string? CadreId { get; set; }

    public string? Justification { get; set; }

    public AddCandidatesRequest ToRequest() =>
        new(TitleCode, [new CandidateLine(string.IsNullOrWhiteSpace(CadreCode) ? null : CadreCode.Trim(), Justification, Guid.TryParse(CadreId, out var id) ? id : null)]);
}

/// <summary>"Rà soát cán bộ đang trong quy hoạch": one planned cadre and the grounds for a removal vote, if any.</summary>
public sealed class PlanMemberInput
{
    public string? TitleCode { get; set; }

    /// <summary>Kept for posts that name the cadre by code; the page's picker posts <see cref="CadreId"/>.</summary>
    public string? CadreCode { get; set; }

    public string? CadreId { get; set; }

    public string? Grounds { get; set; }

    public ReviewPlanMembersRequest ToRequest() =>
        new(TitleCode, [new PlanMemberLine(string.IsNullOrWhiteSpace(CadreCode) ? null : CadreCode.Trim(), string.IsNullOrWhiteSpace(Grounds) ? null : Grounds.Trim(), Guid.TryParse(CadreId, out var id) ? id : null)]);
}
