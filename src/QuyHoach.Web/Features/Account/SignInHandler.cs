using Microsoft.AspNetCore.Authentication;

namespace QuyHoach.Web.Features.Account;

/// <summary>How a sign-in attempt ended, with the account's state when it was refused.</summary>
public sealed record SignInOutcome(SignInResult Result, bool Disabled);

/// <summary>
/// Sign-in by password, then (when the account has it on) by authenticator or recovery code. Every final outcome
/// is written to the audit log in the transaction that also records Identity's failed-attempt count.
/// Attempts on one account are serialised by a row lock on the account taken before Identity reads anything
/// (docs/security.md): Identity's failure counter is a read-modify-write, so parallel attempts used to lose failures (and
/// answer 500 on its concurrency stamp), never reaching the lock. In turn, each attempt sees the count the one
/// before left, and once <see cref="SignInLockout.MaxFailedAttempts"/> is reached no attempt succeeds.
/// </summary>
public sealed class SignInHandler(QuyHoachDbContext db, SignInManager<AppUser> signIn, UserManager<AppUser> users)
{
    public Task<SignInOutcome> PasswordAsync(string userName, string password, CancellationToken cancellationToken) =>
        AttemptAsync("password", userName, null, () => signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true), cancellationToken);

    /// <summary>The second step: a 6-digit code from the authenticator app of the user who passed the first step.</summary>
    public async Task<SignInOutcome> AuthenticatorAsync(string code, CancellationToken cancellationToken)
    {
        var userId = await TwoFactorUserIdAsync().ConfigureAwait(false);
        var normalised = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return await AttemptAsync("authenticator", "", userId, () => signIn.TwoFactorAuthenticatorSignInAsync(normalised, isPersistent: false, rememberClient: false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The second step with one of the recovery codes shown when two-factor sign-in was turned on.</summary>
    public async Task<SignInOutcome> RecoveryCodeAsync(string code, CancellationToken cancellationToken)
    {
        var userId = await TwoFactorUserIdAsync().ConfigureAwait(false);
        return await AttemptAsync("recovery_code", "", userId, () => signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "", StringComparison.Ordinal)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The account that passed the password step, from the short-lived cookie that step left.</summary>
    private async Task<Guid?> TwoFactorUserIdAsync()
    {
        var step = await signIn.Context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme).ConfigureAwait(false);
        return Guid.TryParse(step.Principal?.FindFirstValue(ClaimTypes.Name), out var id) ? id : null;
    }

    private async Task<SignInOutcome> AttemptAsync(string method, string userName, Guid? userId, Func<Task<SignInResult>> attempt, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var normalisedName = users.NormalizeName(userName);
        var locked = userId is { } id
            ? await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM users WHERE id = {id} FOR UPDATE").ToListAsync(cancellationToken).ConfigureAwait(false)
            : await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM users WHERE normalized_user_name = {normalisedName} FOR UPDATE").ToListAsync(cancellationToken).ConfigureAwait(false);

        // What this request read before it held the lock may be stale: Identity reads the account again.
        db.ChangeTracker.Clear();
        var result = await attempt().ConfigureAwait(false);
        var user = locked.Count == 1 ? await users.FindByIdAsync(locked[0].ToString()).ConfigureAwait(false) : null;
        userName = user?.UserName ?? userName;
        var disabled = user is not null && AccountState.IsDisabled(user);

        // The first step of a two-factor account is not an outcome yet: the second step records it.
        if (!result.RequiresTwoFactor)
        {
            var outcome = result switch
            {
                { Succeeded: true } => "succeeded",
                { IsLockedOut: true } => disabled ? "disabled" : "locked_out",
                { IsNotAllowed: true } => "not_allowed",
                _ => user is null ? "unknown_user" : "wrong_secret",
            };
            var actor = user is null ? new AuditActor(null, userName) : new AuditActor(user.Id, user.UserName ?? userName);
            AuditTrail.Record(db, AuditEvent.Create(
                actor,
                result.Succeeded ? AuditAction.SignInSucceeded : AuditAction.SignInFailed,
                AccountAudit.EntityType,
                user?.Id.ToString(),
                user?.OrganisationId,
                after: new { method, outcome, failedAttempts = user?.AccessFailedCount }));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SignInOutcome(result, disabled);
    }
}
