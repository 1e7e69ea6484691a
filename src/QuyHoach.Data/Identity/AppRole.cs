using Microsoft.AspNetCore.Identity;

namespace QuyHoach.Data.Identity;

/// <summary>Vai trò: one of <see cref="AppRoles"/>.</summary>
public sealed class AppRole : IdentityRole<Guid>
{
    /// <summary>The Vietnamese name shown to people.</summary>
    public string DisplayName { get; set; } = "";
}
