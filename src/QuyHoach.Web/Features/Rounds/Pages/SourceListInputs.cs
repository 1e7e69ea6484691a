namespace QuyHoach.Web.Features.Rounds.Pages;

/// <summary>A cadre picked for one of the round's titles: by the picker's id, or by code for posts that name one.</summary>
public abstract class PickedCadreInput
{
    public string? TitleCode { get; set; }

    /// <summary>Kept for posts that name the cadre by code; the page's picker posts <see cref="CadreId"/>.</summary>
    public string? CadreCode { get; set; }

    public string? CadreId { get; set; }

    protected string? Code => string.IsNullOrWhiteSpace(CadreCode) ? null : CadreCode.Trim();

    protected Guid? Id => Guid.TryParse(CadreId, out var id) ? id : null;
}

/// <summary>"Bổ sung nguồn": one candidate for one title; a justification when the candidate is not eligible.</summary>
public sealed class CandidateInput : PickedCadreInput
{
    public string? Justification { get; set; }

    public AddCandidatesRequest ToRequest() => new(TitleCode, [new CandidateLine(Code, Justification, Id)]);
}

/// <summary>"Rà soát cán bộ đang trong quy hoạch": one planned cadre and the grounds for a removal vote, if any.</summary>
public sealed class PlanMemberInput : PickedCadreInput
{
    public string? Grounds { get; set; }

    public ReviewPlanMembersRequest ToRequest() => new(TitleCode, [new PlanMemberLine(Code, string.IsNullOrWhiteSpace(Grounds) ? null : Grounds.Trim(), Id)]);
}
