using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Domain.RuleSets;
using QuyHoach.Web.Features.Shell;

namespace QuyHoach.Web.Features.Planning;

/// <summary>What the "Tạo đợt quy hoạch" form offers: the approving authorities in the user's scope with the titles
/// each approves, the terms and the built-in rule sets. Choices only; the handler checks everything again.</summary>
public sealed record RoundFormOptions(IReadOnlyList<AuthorityOption> Authorities, IReadOnlyList<CodeName> Terms, IReadOnlyList<CodeName> RuleSets)
{
    public static async Task<RoundFormOptions> LoadAsync(QuyHoachDbContext db, PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var authorities = new List<AuthorityOption>();
        foreach (var a in await db.ManagementAuthorities.OrderBy(a => a.Code).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await RoundScope.CoversAsync(db, actor, a.OrganisationId, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var titles = await db.Titles.Where(t => t.ManagementAuthorityId == a.Id).OrderBy(t => t.Rank).ThenBy(t => t.Code)
                .Select(t => new CodeName(t.Code, t.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (titles.Count > 0)
            {
                authorities.Add(new AuthorityOption(a.Code, a.Name, titles));
            }
        }

        var terms = await db.Terms.OrderByDescending(t => t.PartyStartYear).Select(t => new CodeName(t.Code, t.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ruleSets = RuleSetCatalog.BuiltIn.All.Select(r => new CodeName(r.Id, $"{RuleSetNames.Of(r)} (hiệu lực từ {PlanningLabels.Date(r.EffectiveFrom)})")).ToList();
        return new RoundFormOptions(authorities, terms, ruleSets);
    }

    /// <summary>The signed-in user as the planning handlers see them.</summary>
    public static async Task<PlanningActor> ActorAsync(Task<AuthenticationState>? state) =>
        PlanningActor.From(state is null ? new System.Security.Claims.ClaimsPrincipal() : (await state.ConfigureAwait(false)).User);
}

public sealed record AuthorityOption(string Code, string Name, IReadOnlyList<CodeName> Titles);

public sealed record CodeName(string Code, string Name);
