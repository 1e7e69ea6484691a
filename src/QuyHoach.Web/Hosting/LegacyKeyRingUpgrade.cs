using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using QuyHoach.Web.Features.Security;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Before the key ring moved into the database (migration 0020) it was a set of files in the data folder's
/// <c>keys/</c>. At startup, authenticator keys that the database key ring cannot read are read with those files, if
/// any, and protected again with the database key ring, so two-factor accounts keep signing in after the upgrade.
/// Idempotent: once converted, nothing is left to do. (Sign-in cookies of the old ring are not converted: users sign
/// in again once.)
/// </summary>
public sealed class LegacyKeyRingUpgrade(IServiceScopeFactory scopes, KeyRingCertificate certificate, ILogger<LegacyKeyRingUpgrade> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = new DirectoryInfo(certificate.Folder);
        if (!folder.Exists || folder.GetFiles("key-*.xml").Length == 0)
        {
            return;
        }

        var legacy = DataProtectionProvider.Create(folder, builder => builder.SetApplicationName("QuyHoach")).CreateProtector(TwoFactorSecrets.Purpose);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<TwoFactorSecrets>();
        var tokens = await db.UserTokens
            .Where(t => t.LoginProvider == AppUserStore.InternalLoginProvider && t.Name == AppUserStore.AuthenticatorKeyName && t.Value != null && t.Value.StartsWith(TwoFactorSecrets.KeyPrefix))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var converted = 0;
        foreach (var token in tokens.Where(t => !Readable(secrets, t.Value!)))
        {
            try
            {
                token.Value = secrets.ProtectKey(legacy.Unprotect(token.Value![TwoFactorSecrets.KeyPrefix.Length..]));
                converted++;
            }
            catch (CryptographicException)
            {
                logger.LogWarning("An authenticator key of account {User} is readable with neither key ring; the account must set up two-factor sign-in again", token.UserId);
            }
        }

        if (converted > 0)
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Protected {Count} authenticator keys again with the key ring in the database", converted);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool Readable(TwoFactorSecrets secrets, string stored)
    {
        try
        {
            secrets.UnprotectKey(stored);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
