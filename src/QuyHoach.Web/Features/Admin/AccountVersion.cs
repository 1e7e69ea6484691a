namespace QuyHoach.Web.Features.Admin;

/// <summary>
/// The version of an account that the administrator's page read: Identity's <c>ConcurrencyStamp</c>, renewed by every
/// write through UserManager and already checked by its UPDATE (a concurrency token). A form carries it; a change
/// posted with another stamp is refused before anything is written, and one that races past this check still fails
/// on the UPDATE (Identity's ConcurrencyFailure, the same message).
/// </summary>
public static class AccountVersion
{
    /// <summary>True when no version was posted (an older form) or the account is still the one that was read.</summary>
    public static bool Matches(AppUser user, string? read) =>
        string.IsNullOrEmpty(read) || string.Equals(user.ConcurrencyStamp, read, StringComparison.Ordinal);
}
