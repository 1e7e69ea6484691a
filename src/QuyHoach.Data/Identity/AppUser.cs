using Microsoft.AspNetCore.Identity;

namespace QuyHoach.Data.Identity;

/// <summary>
/// Tài khoản người dùng. The organisation is the account's scope: the user sees that organisation and the ones
/// below it (docs/security.md, "Ai được xem gì"); enforcement grows with each feature.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    /// <summary>Họ và tên, as shown in the interface and in the audit log.</summary>
    public string FullName { get; set; } = "";

    /// <summary>Đơn vị: the root of the organisations this account may see.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>
    /// Set when an administrator reset the password to a temporary one: until the user chooses their own, the
    /// password change page is the only page they can open.
    /// </summary>
    public bool MustChangePassword { get; set; }
}
