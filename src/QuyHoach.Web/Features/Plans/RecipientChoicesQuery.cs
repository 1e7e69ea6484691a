namespace QuyHoach.Web.Features.Plans;

/// <summary>An account a notice may go to: named by the person's full name and unit, never by login.</summary>
public sealed record AccountChoice(Guid Id, string FullName, string Unit);

/// <summary>A unit a list may be sent down to, by its name.</summary>
public sealed record UnitChoice(Guid Id, string Name);

/// <summary>What the notice form offers: the accounts and the units in the writer's scope (NotifyHandler checks again),
/// and the names of the bodies in scope (a body of another agency may still be written by its name).</summary>
public sealed record RecipientChoices(IReadOnlyList<AccountChoice> Accounts, IReadOnlyList<UnitChoice> Units, IReadOnlyList<string> Bodies);

/// <summary>Chọn nơi nhận thông báo: the accounts and units in scope, names in Vietnamese order.</summary>
public sealed class RecipientChoicesQuery(QuyHoachDbContext db)
{
    private static readonly StringComparer UnitOrder = Shell.VietnameseNames.Collation;

    public async Task<RecipientChoices> HandleAsync(UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var visible = access.OrganisationIds.ToList();
        var units = await db.Organisations.AsNoTracking().Where(o => visible.Contains(o.Id)).Select(o => new UnitChoice(o.Id, o.Name)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var accounts = await db.Users.AsNoTracking().Where(u => u.OrganisationId != null && visible.Contains(u.OrganisationId.Value))
            .Select(u => new { u.Id, u.FullName, OrganisationId = u.OrganisationId!.Value }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var bodies = await db.Bodies.AsNoTracking().Where(b => visible.Contains(b.OrganisationId)).Select(b => b.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new RecipientChoices(
            accounts.Select(a => new AccountChoice(a.Id, a.FullName, names[a.OrganisationId])).OrderBy(a => a.FullName, PlanCodes.NameOrder).ThenBy(a => a.Unit, UnitOrder).ToList(),
            units.OrderBy(u => u.Name, UnitOrder).ToList(),
            bodies.Distinct(StringComparer.Ordinal).Order(UnitOrder).ToList());
    }
}
