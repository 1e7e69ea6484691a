using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace QuyHoach.Web.Features.Reports.Pages;

/// <summary>What every report page reads: the day and unit from the address, the reports, or the refusal to show.</summary>
public abstract class ReportPageBase : ComponentBase
{
    [Inject]
    private ReportsHandler Reports { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthState { get; set; }

    [SupplyParameterFromQuery(Name = "ngay")]
    protected string? AsOfText { get; set; }

    [SupplyParameterFromQuery(Name = "don-vi")]
    protected Guid? UnitId { get; set; }

    protected ReportSet? Set { get; private set; }

    protected Refusal? Refused { get; private set; }

    protected PlanningActor? Actor { get; private set; }

    /// <summary>The report this page shows (its path under /bao-cao), for the reports read only when asked for.</summary>
    protected virtual string? Report => null;

    protected override async Task OnInitializedAsync()
    {
        Actor = await RoundFormOptions.ActorAsync(AuthState);
        var outcome = await Reports.HandleAsync(Actor, AsOfText, UnitId, CancellationToken.None, Report);
        (Set, Refused) = (outcome.Value, outcome.Refusal);
    }
}
