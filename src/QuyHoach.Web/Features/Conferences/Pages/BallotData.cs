namespace QuyHoach.Web.Features.Conferences.Pages;

/// <summary>What the conference page shows of one ballot: its lines, the reconciliation (null when the viewer may not
/// see it) and the results (null before they are computed; sealed per ResultVisibilityPolicy); <paramref name="People"/>
/// gives the full name of each account that entered or corrected a tally, for the page never shows login names.</summary>
public sealed record BallotData(BallotView Ballot, ReconciliationView? Reconciliation, ResultsView? Results, IReadOnlyDictionary<string, string> People)
{
    public static async Task<BallotData> LoadAsync(PlanningActor actor, BallotView ballot, ResolveMismatchHandler reconciliation, ResultsQuery results, Access.AccountNames accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(ballot);
        var entries = (await reconciliation.ViewAsync(actor, ballot.Id, CancellationToken.None).ConfigureAwait(false)).Value;
        var computed = ballot.State == Data.Planning.BallotStatus.ResultsComputed ? (await results.HandleAsync(actor, ballot.Id, CancellationToken.None).ConfigureAwait(false)).Value : null;
        var logins = (entries?.Entries.Select(e => e.EnteredBy) ?? []).Concat(computed?.Corrections.Select(c => c.CorrectedBy) ?? []).Distinct(StringComparer.Ordinal).ToList();
        return new BallotData(ballot, entries, computed, await accounts.ByLoginAsync(logins, CancellationToken.None).ConfigureAwait(false));
    }

    /// <summary>A whole number from a form field, or null.</summary>
    public static int? Number(string? text) => int.TryParse(text?.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
