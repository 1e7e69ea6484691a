namespace QuyHoach.Web.Features.Security;

/// <summary>
/// At startup (after the migrations), encrypts authenticator keys and hashes recovery codes that were stored in
/// plain text by earlier versions. Idempotent: protected values are recognised by their prefix and left alone.
/// </summary>
public sealed class TwoFactorSecretsUpgrade(IServiceScopeFactory scopes, ILogger<TwoFactorSecretsUpgrade> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<TwoFactorSecrets>();
        var tokens = await db.UserTokens
            .Where(t => t.LoginProvider == AppUserStore.InternalLoginProvider
                && (t.Name == AppUserStore.AuthenticatorKeyName || t.Name == AppUserStore.RecoveryCodesName))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var token in tokens)
        {
            if (token.Name == AppUserStore.AuthenticatorKeyName && !TwoFactorSecrets.IsProtectedKey(token.Value))
            {
                token.Value = secrets.ProtectKey(token.Value!);
                changed++;
            }
            else if (token.Name == AppUserStore.RecoveryCodesName && !TwoFactorSecrets.AreHashedCodes(token.Value))
            {
                token.Value = TwoFactorSecrets.HashCodes(token.Value);
                changed++;
            }
        }

        if (changed > 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Protected {Count} two-factor secrets stored in plain text", changed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
