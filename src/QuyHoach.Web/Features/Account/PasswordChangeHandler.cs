namespace QuyHoach.Web.Features.Account;

/// <summary>
/// Đổi mật khẩu, by the user: needs the current password, applies the password policy, clears the
/// temporary-password flag, audits in the transaction of the change. Identity renews the security stamp, which ends
/// every other session of the account at its next request; this one gets a new cookie.
/// </summary>
public sealed class PasswordChangeHandler(QuyHoachDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn)
{
    /// <summary>The Vietnamese reasons nothing changed; empty when the password was changed.</summary>
    public async Task<IReadOnlyList<string>> ChangeAsync(ClaimsPrincipal principal, string current, string next, string confirm, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(principal).ConfigureAwait(false);
        if (user is null)
        {
            return ["Không tìm thấy tài khoản đang đăng nhập."];
        }

        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next))
        {
            return ["Hãy nhập mật khẩu hiện tại và mật khẩu mới."];
        }

        if (next != confirm)
        {
            return ["Mật khẩu nhập lại không khớp với mật khẩu mới."];
        }

        if (next == current)
        {
            return ["Mật khẩu mới phải khác mật khẩu hiện tại."];
        }

        var errors = new List<string>();
        var written = await AuditTrail.RecordAsync(db, async _ =>
        {
            var before = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            var result = await users.ChangePasswordAsync(user, current, next).ConfigureAwait(false);
            if (result.Succeeded && user.MustChangePassword)
            {
                user.MustChangePassword = false;
                result = await users.UpdateAsync(user).ConfigureAwait(false);
            }

            if (!result.Succeeded)
            {
                errors.AddRange(result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Mật khẩu hiện tại không đúng." : e.Description));
                return [];
            }

            var after = await AccountSnapshot.TakeAsync(db, users, user).ConfigureAwait(false);
            return [AuditEvent.Create(UserClaims.Actor(principal), AuditAction.PasswordChanged, AccountAudit.EntityType, user.Id.ToString(), user.OrganisationId, before, after)];
        }, cancellationToken).ConfigureAwait(false);

        if (written.Count > 0)
        {
            await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        }

        return errors;
    }
}
