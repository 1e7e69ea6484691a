using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// Applies a claimed upload in the background, so the page can show progress (it refreshes itself, on any instance)
/// while a large file is written. The write is one transaction: a failure leaves the registry as it was.
/// </summary>
public sealed class ImportRunner(IServiceScopeFactory scopes, ILogger<ImportRunner> logger)
{
    /// <summary>Claims the upload and starts applying it; false when it is not the owner's, not clean, or already claimed.</summary>
    public async Task<bool> StartAsync(Guid id, Guid ownerId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<ImportSessions>().TryClaimAsync(id, ownerId, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        _ = Task.Run(() => ApplyAsync(id, user));
        return true;
    }

    private async Task ApplyAsync(Guid id, ClaimsPrincipal user)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var progressScope = scopes.CreateAsyncScope();
            var progress = progressScope.ServiceProvider.GetRequiredService<ImportSessions>();
            var rows = await scope.ServiceProvider.GetRequiredService<ImportSessions>().RowsAsync(id, CancellationToken.None).ConfigureAwait(false);
            var access = await scope.ServiceProvider.GetRequiredService<AccessResolver>().ForAsync(user, CancellationToken.None).ConfigureAwait(false);
            var applier = scope.ServiceProvider.GetRequiredService<RegistryImportApplier>();
            await applier.ApplyAsync(rows, access, UserClaims.Actor(user), new ImportTracking(id, (percent, token) => progress.ReportProgressAsync(id, percent, token)), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Registry import {Session} failed; nothing was written", id);
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ImportSessions>().FailAsync(id, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
