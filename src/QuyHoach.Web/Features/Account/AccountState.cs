namespace QuyHoach.Web.Features.Account;

/// <summary>
/// Trạng thái đăng nhập of an account. "Tắt đăng nhập" is Identity's own lockout with an end date no one reaches,
/// as Identity recommends for disabling an account; a temporary lock (wrong passwords) ends within minutes.
/// </summary>
public static class AccountState
{
    /// <summary>The lockout end written when an administrator disables sign-in (whole seconds, so it round-trips).</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd >= DisabledUntil;

    public static bool IsTemporarilyLocked(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd > now && !IsDisabled(lockoutEnd);

    /// <summary>The Vietnamese status shown in lists.</summary>
    public static string Describe(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        IsDisabled(lockoutEnd) ? "Đã tắt đăng nhập" : IsTemporarilyLocked(lockoutEnd, now) ? "Đang tạm khóa" : "Hoạt động";

    public static bool IsDisabled(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsDisabled(user.LockoutEnd);
    }
}
