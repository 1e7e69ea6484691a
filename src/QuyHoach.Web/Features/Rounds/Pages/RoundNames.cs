namespace QuyHoach.Web.Features.Rounds.Pages;

/// <summary>What the round page shows for the codes a round view carries: the approving authority, the term and the
/// rule set by their Vietnamese names.</summary>
public sealed record RoundNames(string Authority, string Term, string RuleSet)
{
    public static async Task<RoundNames> LoadAsync(QuyHoachDbContext db, RoundView round, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(round);
        var authority = await db.ManagementAuthorities.Where(a => a.Code == round.ManagementAuthorityCode).Select(a => a.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        var term = await db.Terms.Where(t => t.Code == round.TermCode).Select(t => t.Name).SingleAsync(cancellationToken).ConfigureAwait(false);
        var ruleSet = round.RuleSetId is not { } id ? "Chốt khi họp bước đầu tiên"
            : round.RuleSetVersion is not { } version ? await RuleSetNames.OfKeyAsync(db, id, cancellationToken).ConfigureAwait(false)
            : $"{await RuleSetNames.OfKeyAsync(db, $"{id}@{version}", cancellationToken).ConfigureAwait(false)} (đã chốt)";
        return new RoundNames(authority, term, ruleSet);
    }
}
