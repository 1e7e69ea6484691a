using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Admin;

/// <summary>
/// Đặt lại mật khẩu by an administrator (docs/security.md): a temporary password that passes the password policy, which the
/// user must replace at the next sign-in (<see cref="AppUser.MustChangePassword"/>; until then only the password
/// change page opens). The security stamp is renewed, so every open session of the account ends; a temporary lock
/// is lifted. Audited in the transaction of the change, without the password.
/// </summary>
public sealed class PasswordResetHandler(QuyHoachDbContext db, UserManager<AppUser> users)
{
    public async Task<AdminResult> ResetAsync(Guid accountId, string password, string confirm, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await users.FindByIdAsync(accountId.ToString()).ConfigureAwait(false);
        if (user is null)
        {
            return AdminResult.Fail("Không tìm thấy tài khoản.");
        }

        if (user.Id == actor.UserId)
        {
            return AdminResult.Fail("Hãy đổi mật khẩu của chính mình ở trang Đổi mật khẩu.");
        }

        if (string.IsNullOrEmpty(password) || password != confirm)
        {
            return AdminResult.Fail(string.IsNullOrEmpty(password) ? "Hãy nhập mật khẩu tạm thời." : "Mật khẩu nhập lại không khớp.");
        }

        var errors = new List<string>();
        var written = await AuditTrail.RecordAsync(db, async _ =>
        {
            var before = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
            user.MustChangePassword = true;
            var result = await users.ResetPasswordAsync(user, token, password).ConfigureAwait(false);
            result = result.Succeeded && !AccountState.IsDisabled(user) ? await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false) : result;
            result = result.Succeeded ? await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false) : result;
            if (!result.Succeeded)
            {
                errors.AddRange(result.Errors.Select(e => e.Description));
                return [];
            }

            var after = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            return [AuditEvent.Create(actor, AuditAction.PasswordReset, AccountAudit.EntityType, user.Id.ToString(), user.OrganisationId, before, after)];
        }, cancellationToken).ConfigureAwait(false);

        return written.Count > 0 ? AdminResult.Ok : new AdminResult(errors);
    }
}
