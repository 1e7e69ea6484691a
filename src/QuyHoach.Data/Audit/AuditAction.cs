namespace QuyHoach.Data.Audit;

/// <summary>
/// Loại sự kiện nhật ký: a stable dotted code (stored in <c>audit_events.action</c>) with its Vietnamese name. Only
/// the instances below exist, so an event can never carry a misspelt code.
/// </summary>
public sealed record AuditAction
{
    private static readonly Dictionary<string, AuditAction> ByCode = new(StringComparer.Ordinal);

    private AuditAction(string code, string displayName, bool known = true)
    {
        Code = code;
        DisplayName = displayName;
        if (known)
        {
            ByCode.Add(code, this);
        }
    }

    public string Code { get; }

    /// <summary>The Vietnamese name shown to readers of the log.</summary>
    public string DisplayName { get; }

    public static AuditAction AccountCreated { get; } = new("account.created", "Tạo tài khoản");

    public static AuditAction AccountRolesChanged { get; } = new("account.roles_changed", "Đổi vai trò");

    public static AuditAction AccountScopeChanged { get; } = new("account.scope_changed", "Đổi phạm vi (đơn vị)");

    public static AuditAction AccountUnlocked { get; } = new("account.unlocked", "Mở khóa tài khoản");

    public static AuditAction AccountDisabled { get; } = new("account.disabled", "Tắt đăng nhập");

    public static AuditAction AccountEnabled { get; } = new("account.enabled", "Bật lại đăng nhập");

    public static AuditAction TwoFactorEnabled { get; } = new("account.two_factor_enabled", "Bật xác thực hai lớp");

    public static AuditAction TwoFactorDisabled { get; } = new("account.two_factor_disabled", "Tắt xác thực hai lớp");

    public static AuditAction SignInSucceeded { get; } = new("signin.succeeded", "Đăng nhập thành công");

    public static AuditAction SignInFailed { get; } = new("signin.failed", "Đăng nhập thất bại");

    /// <summary>Xem hồ sơ cán bộ: a view of a sensitive record (C10), written by the registry pages.</summary>
    public static AuditAction CadreViewed { get; } = new("cadre.viewed", "Xem hồ sơ cán bộ");

    /// <summary>A cadre was created (form, API or import).</summary>
    public static AuditAction CadreCreated { get; } = new("cadre.created", "Thêm cán bộ");

    /// <summary>A cadre's identity or history changed (form, API or import).</summary>
    public static AuditAction CadreUpdated { get; } = new("cadre.updated", "Sửa thông tin cán bộ");

    /// <summary>One batch of an applied import: the code, before and after of every cadre it created or changed.</summary>
    public static AuditAction CadresImported { get; } = new("cadre.imported", "Nhập cán bộ từ Excel (từng nhóm)");

    /// <summary>An Excel import of the registry was applied (its summary; each cadre has its own event).</summary>
    public static AuditAction RegistryImported { get; } = new("registry.imported", "Nhập dữ liệu từ Excel");

    /// <summary>A list of personnel data left the system as a file.</summary>
    public static AuditAction RegistryExported { get; } = new("registry.exported", "Xuất danh sách ra Excel");

    /// <summary>Every known action.</summary>
    public static IReadOnlyCollection<AuditAction> All => ByCode.Values;

    /// <summary>The action with <paramref name="code"/>; codes written by a newer version read back as-is.</summary>
    public static AuditAction FromCode(string code) =>
        ByCode.TryGetValue(code, out var action) ? action : new AuditAction(code, code, known: false);

    public override string ToString() => Code;
}
