namespace QuyHoach.Data.Identity;

/// <summary>The roles of the product (who uses it, docs/security.md "Ai được xem gì"): stable English codes with their Vietnamese names.</summary>
public static class AppRoles
{
    /// <summary>Chuyên viên tổ chức: keeps the registry, opens rounds, enters tallies, builds dossiers.</summary>
    public const string Staff = "staff";

    /// <summary>Lãnh đạo / cấp có thẩm quyền: reviews, decides ties, approves.</summary>
    public const string Leader = "leader";

    /// <summary>Tổ kiểm phiếu: records attendance and ballots of a conference.</summary>
    public const string Counter = "counter";

    /// <summary>Kiểm tra: reads everything in scope, changes nothing.</summary>
    public const string Inspector = "inspector";

    /// <summary>Quản trị hệ thống: accounts, roles, scopes, rule sets, calendar.</summary>
    public const string Admin = "admin";

    /// <summary>Đại biểu: casts an electronic secret ballot (later wave).</summary>
    public const string Delegate = "delegate";

    /// <summary>Every role with its Vietnamese name, in the order the product lists them.</summary>
    public static IReadOnlyList<(string Code, string DisplayName)> All { get; } =
    [
        (Staff, "Chuyên viên tổ chức"),
        (Leader, "Lãnh đạo / cấp có thẩm quyền"),
        (Counter, "Tổ kiểm phiếu"),
        (Inspector, "Kiểm tra"),
        (Admin, "Quản trị hệ thống"),
        (Delegate, "Đại biểu"),
    ];

    /// <summary>The Vietnamese name of a role code, or the code itself when unknown.</summary>
    public static string DisplayName(string code) =>
        All.FirstOrDefault(r => r.Code == code).DisplayName ?? code;
}
