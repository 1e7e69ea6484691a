namespace QuyHoach.Web.Features.Account;

/// <summary>
/// Tạm khóa tài khoản: how many failed sign-ins lock an account and for how long. Identity is configured with these
/// numbers (Hosting's AuthSetup) and the sign-in pages quote them, so both read them here: a feature never reaches
/// into Hosting, which uses the features (FolderCycleTests).
/// </summary>
public static class SignInLockout
{
    /// <summary>Failed sign-ins before an account is locked.</summary>
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
}
