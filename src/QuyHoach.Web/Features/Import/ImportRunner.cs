using System.Security.Claims;
using QuyHoach.Web.Features.Access;
using QuyHoach.Web.Features.Account;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// Applies a validated upload in the background, so the page can show progress (it refreshes itself) while a large
/// file is written. The write is one transaction: a failure leaves the registry as it was.
/// </summary>
public sealed class ImportRunner(IServiceScopeFactory scopes, ILogger<ImportRunner> logger)
{
    public void Start(ImportSession session, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (session)
        {
            if (session.State != ImportState.Validated || !session.CanApply)
            {
                return;
            }

            session.State = ImportState.Applying;
        }

        _ = Task.Run(() => ApplyAsync(session, user));
    }

    public async Task<ImportOutcome> ApplyAsync(ImportSession session, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(session);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var access = await scope.ServiceProvider.GetRequiredService<AccessResolver>().ForAsync(user, CancellationToken.None).ConfigureAwait(false);
            var applier = scope.ServiceProvider.GetRequiredService<RegistryImportApplier>();
            var progress = new Progress<int>(percent => session.Progress = percent);
            var outcome = await applier.ApplyAsync(session.Validation, access, UserClaims.Actor(user), progress, CancellationToken.None).ConfigureAwait(false);
            session.Outcome = outcome;
            session.State = ImportState.Done;
            return outcome;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogError(ex, "Registry import {Session} failed; nothing was written", session.Id);
            session.State = ImportState.Failed;
            throw;
        }
    }
}
