using Microsoft.AspNetCore.Components.Authorization;
using QuyHoach.Data.RuleSets;

namespace QuyHoach.Web.Features.Planning;

/// <summary>What the "Tạo đợt quy hoạch" form offers: the approving authorities in the user's scope with the titles
/// each approves, higher authorities for the titles of units in scope, the terms and the built-in rule sets. Choices
/// only; the handler checks everything again.</summary>
public sealed record RoundFormOptions(IReadOnlyList<AuthorityOption> Authorities, IReadOnlyList<CodeName> Terms, IReadOnlyList<CodeName> RuleSets)
{
    public static async Task<RoundFormOptions> LoadAsync(QuyHoachDbContext db, PlanningActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // One read of the scope, of the authorities and of their titles; the choices are sorted out in memory.
        var scope = (await OrganisationScope.UnitsAsync(db, actor.OrganisationId, cancellationToken).ConfigureAwait(false)).Select(u => u.Id).ToHashSet();
        var units = await db.Organisations.AsNoTracking().Where(o => scope.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => (o.Code, o.Name, o.EndedOn), cancellationToken).ConfigureAwait(false);

        // A unit a merger, split or rename ended is history (R-ORG-3): it takes no new round, its titles are not offered.
        scope.RemoveWhere(id => units[id].EndedOn is not null);
        var titles = (await db.Titles.AsNoTracking().Where(t => t.ManagementAuthorityId != null).OrderBy(t => t.Rank).ThenBy(t => t.Code)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(t => t.ManagementAuthorityId!.Value);
        var authorities = new List<AuthorityOption>();
        foreach (var a in await db.ManagementAuthorities.AsNoTracking().OrderBy(a => a.Code).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (scope.Contains(a.OrganisationId))
            {
                if (titles[a.Id].Any())
                {
                    authorities.Add(new AuthorityOption(a.Code, a.Code, null, a.Name, titles[a.Id].Select(t => new CodeName(t.Code, t.Name)).ToList()));
                }

                continue;
            }

            // A higher authority's titles in a unit of the user's scope: the unit runs the steps and submits, the
            // authority approves (R-AUTH-1), e.g. Phó Giám đốc Sở reviewed by the department for the province's BTV.
            foreach (var unit in titles[a.Id].Where(t => scope.Contains(t.OrganisationId)).GroupBy(t => t.OrganisationId))
            {
                var (code, name, _) = units[unit.Key];
                authorities.Add(new AuthorityOption($"{a.Code}@{code}", a.Code, code, $"{a.Name} (chức danh của {name})", unit.Select(t => new CodeName(t.Code, t.Name)).ToList()));
            }
        }

        var terms = await db.Terms.OrderByDescending(t => t.PartyStartYear).Select(t => new CodeName(t.Code, t.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ruleSets = (await RuleSetStore.CurrentAsync(db, cancellationToken).ConfigureAwait(false)).Catalog.All.Select(r => new CodeName(r.Id, $"{RuleSetNames.Of(r)} (hiệu lực từ {PlanningLabels.Date(r.EffectiveFrom)})")).ToList();
        return new RoundFormOptions(authorities, terms, ruleSets);
    }

    /// <summary>The signed-in user as the planning handlers see them.</summary>
    public static async Task<PlanningActor> ActorAsync(Task<AuthenticationState>? state) =>
        PlanningActor.From(state is null ? new System.Security.Claims.ClaimsPrincipal() : (await state.ConfigureAwait(false)).User);
}

/// <summary>One choice of "Cấp có thẩm quyền phê duyệt": <paramref name="Code"/> is the option's value, the authority
/// and, for a higher authority, the unit of the user's scope that runs the round for it.</summary>
public sealed record AuthorityOption(string Code, string AuthorityCode, string? OrganisationCode, string Name, IReadOnlyList<CodeName> Titles);

public sealed record CodeName(string Code, string Name);
