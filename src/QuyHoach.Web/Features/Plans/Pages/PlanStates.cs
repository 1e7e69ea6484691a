using QuyHoach.Domain.Dossiers;
using QuyHoach.Web.Features.Rounds;
using QuyHoach.Web.Features.Rounds.Pages;

namespace QuyHoach.Web.Features.Plans.Pages;

/// <summary>The codes of the plan's views read back as typed values (PlanCodes and DossierQuery hold the mappings).</summary>
public static class PlanStates
{
    public static DecisionKind KindOf(DecisionView decision) => RoundStates.Parse<DecisionKind>(decision?.Kind, PlanCodes.Of);

    public static RoundStatus StatusOf(RoundDossiersView round) => RoundStates.Parse<RoundStatus>(round?.Status, PlanningCodes.Of);

    public static ItemState StateOf(DossierItemView item) => RoundStates.Parse<ItemState>(item?.State, DossierQuery.Code);
}
