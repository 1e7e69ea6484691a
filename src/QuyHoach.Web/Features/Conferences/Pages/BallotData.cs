using QuyHoach.Web.Features.Rounds;

namespace QuyHoach.Web.Features.Conferences.Pages;

/// <summary>What the conference page shows of one ballot: its lines, the reconciliation (null when the viewer may not
/// see it) and the results (null before they are computed; sealed per ResultVisibilityPolicy).</summary>
public sealed record BallotData(BallotView Ballot, ReconciliationView? Reconciliation, ResultsView? Results)
{
    public static async Task<BallotData> LoadAsync(PlanningActor actor, BallotView ballot, ResolveMismatchHandler reconciliation, ResultsQuery results)
    {
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(ballot);
        var entries = (await reconciliation.ViewAsync(actor, ballot.Id, CancellationToken.None).ConfigureAwait(false)).Value;
        var computed = ballot.Status == "results-computed" ? (await results.HandleAsync(actor, ballot.Id, CancellationToken.None).ConfigureAwait(false)).Value : null;
        return new BallotData(ballot, entries, computed);
    }

    /// <summary>A whole number from a form field, or null.</summary>
    public static int? Number(string? text) => int.TryParse(text?.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
