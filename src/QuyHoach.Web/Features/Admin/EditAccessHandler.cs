using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Admin;

/// <summary>The roles-and-scope form of an account.</summary>
public sealed class AccessInput
{
    /// <summary>Ticked roles by code; null when no box was ticked (the form binder posts nothing then).</summary>
    public Dictionary<string, bool>? Roles { get; set; }

    public string? OrganisationId { get; set; }

    /// <summary>The account's version when the page was read (AccountVersion).</summary>
    public string? Version { get; set; }
}

/// <summary>
/// Changes an account's roles and scope. Each kind of change is its own event (<c>account.roles_changed</c>,
/// <c>account.scope_changed</c>) with the account before and after, in the transaction of the change.
/// </summary>
public sealed class EditAccessHandler(QuyHoachDbContext db, UserManager<AppUser> users)
{
    public const string NothingChanged = "Không có thay đổi nào để lưu.";

    public async Task<AdminResult> HandleAsync(Guid accountId, AccessInput input, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var user = await users.FindByIdAsync(accountId.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return AdminResult.Fail("Không tìm thấy tài khoản.");
        }

        if (!AccountVersion.Matches(user, input.Version))
        {
            return AdminResult.Stale;
        }

        var errors = new List<string>();
        var access = await AccessChoice.ParseAsync(db, input.Roles, input.OrganisationId, errors, cancellationToken).ConfigureAwait(false);
        if (access is null)
        {
            return new AdminResult(errors);
        }

        if (actor.UserId == user.Id && !access.Roles.Contains(AppRoles.Admin))
        {
            return AdminResult.Fail("Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình; hãy nhờ một quản trị viên khác.");
        }

        var written = await AuditTrail.RecordAsync(db, async _ =>
        {
            var before = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            var removed = before.Roles.Except(access.Roles).ToList();
            var added = access.Roles.Except(before.Roles).ToList();
            var result = removed.Count > 0 ? await users.RemoveFromRolesAsync(user, removed).ConfigureAwait(false) : IdentityResult.Success;
            if (result.Succeeded && added.Count > 0)
            {
                result = await users.AddToRolesAsync(user, added).ConfigureAwait(false);
            }

            var scopeChanged = user.OrganisationId != access.OrganisationId;
            if (result.Succeeded && scopeChanged)
            {
                user.OrganisationId = access.OrganisationId;
                result = await users.UpdateAsync(user).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                errors.AddRange(result.Errors.Select(e => e.Description));
                return [];
            }

            var after = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            var events = new List<AuditEvent>();
            if (removed.Count > 0 || added.Count > 0)
            {
                events.Add(AuditEvent.Create(actor, AuditAction.AccountRolesChanged, AccountAudit.EntityType, user.Id.ToString(), user.OrganisationId, before, after));
            }

            if (scopeChanged)
            {
                events.Add(AuditEvent.Create(actor, AuditAction.AccountScopeChanged, AccountAudit.EntityType, user.Id.ToString(), user.OrganisationId, before, after));
            }

            return events;
        }, cancellationToken).ConfigureAwait(false);

        return written.Count > 0 ? AdminResult.Ok : new AdminResult(errors.Count > 0 ? errors : [NothingChanged]);
    }
}
