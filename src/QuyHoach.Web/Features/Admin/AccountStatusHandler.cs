using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Admin;

/// <summary>
/// Unlocks a temporarily locked account, disables sign-in, enables it again; each with its audit event (before and
/// after) in the same transaction. Disabling also renews the security stamp, which ends the account's open
/// sessions at their next check (AuthSetup: one minute).
/// </summary>
public sealed class AccountStatusHandler(QuyHoachDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public Task<AdminResult> UnlockAsync(Guid accountId, string? version, AuditActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(accountId, version, actor, AuditAction.AccountUnlocked, user =>
            AccountState.IsTemporarilyLocked(user.LockoutEnd, clock.GetUtcNow()) ? null : "Tài khoản này không bị tạm khóa.",
            async user =>
            {
                var result = await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
                return result.Succeeded ? await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false) : result;
            }, cancellationToken);

    public Task<AdminResult> DisableAsync(Guid accountId, string? version, bool confirmed, AuditActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(accountId, version, actor, AuditAction.AccountDisabled, user =>
            !confirmed ? "Hãy đánh dấu \"Tôi xác nhận\" để tắt đăng nhập của tài khoản này."
            : user.Id == actor.UserId ? "Bạn không thể tự tắt đăng nhập của chính mình."
            : AccountState.IsDisabled(user) ? "Tài khoản này đã bị tắt đăng nhập."
            : null,
            async user =>
            {
                var result = await users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false);
                result = result.Succeeded ? await users.SetLockoutEndDateAsync(user, AccountState.DisabledUntil).ConfigureAwait(false) : result;
                return result.Succeeded ? await users.UpdateSecurityStampAsync(user).ConfigureAwait(false) : result;
            }, cancellationToken);

    public Task<AdminResult> EnableAsync(Guid accountId, string? version, AuditActor actor, CancellationToken cancellationToken) =>
        ChangeAsync(accountId, version, actor, AuditAction.AccountEnabled, user =>
            AccountState.IsDisabled(user) ? null : "Tài khoản này đang được phép đăng nhập.",
            async user =>
            {
                var result = await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
                return result.Succeeded ? await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false) : result;
            }, cancellationToken);

    private async Task<AdminResult> ChangeAsync(
        Guid accountId,
        string? version,
        AuditActor actor,
        AuditAction action,
        Func<AppUser, string?> refusal,
        Func<AppUser, Task<IdentityResult>> change,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(accountId.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return AdminResult.Fail("Không tìm thấy tài khoản.");
        }

        if (!AccountVersion.Matches(user, version))
        {
            return AdminResult.Stale;
        }

        if (refusal(user) is { } reason)
        {
            return AdminResult.Fail(reason);
        }

        var errors = new List<string>();
        var written = await AuditTrail.RecordAsync(db, async _ =>
        {
            var before = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            var result = await change(user).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                errors.AddRange(result.Errors.Select(e => e.Description));
                return [];
            }

            var after = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            return [AuditEvent.Create(actor, action, AccountAudit.EntityType, user.Id.ToString(), user.OrganisationId, before, after)];
        }, cancellationToken).ConfigureAwait(false);

        return written.Count > 0 ? AdminResult.Ok : new AdminResult(errors);
    }
}
