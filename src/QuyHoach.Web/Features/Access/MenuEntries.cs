namespace QuyHoach.Web.Features.Access;

/// <summary>One entry of the main menu: its address, its Vietnamese name and the roles that can use the page.</summary>
public sealed record MenuEntry(string Href, string Label, IReadOnlyList<string> Roles);

/// <summary>
/// Trình đơn theo vai trò: each role sees only the entries it can use, so no entry leads to a refusal. The roles of an
/// entry are the ones its page admits (its policy, or the reader rule its handler asks), named here once.
/// </summary>
public static class MenuEntries
{
    private static readonly string[] Everyone = [.. AppRoles.All.Select(r => r.Code)];

    /// <summary>Rounds and conferences: the people who take part in a round (PlanningActor roles in scope).</summary>
    private static readonly string[] Planning = [AppRoles.Staff, AppRoles.Leader, AppRoles.Inspector, AppRoles.Counter];

    /// <summary>Conferences also show delegates their sealed views.</summary>
    private static readonly string[] Conferences = [.. Planning, AppRoles.Delegate];

    /// <summary>Dossiers and the plan: PlanAccess.MayRead (staff, leaders, inspectors).</summary>
    private static readonly string[] Plans = [AppRoles.Staff, AppRoles.Leader, AppRoles.Inspector];

    public static IReadOnlyList<MenuEntry> All { get; } =
    [
        new("/", "Tổng quan", Everyone),
        new("/can-bo", "Cán bộ", RegistryPolicies.ReadRoles),
        new("/to-chuc", "Tổ chức & chức danh", RegistryPolicies.ReadRoles),
        new("/tap-the", "Tập thể", RegistryPolicies.ReadRoles),
        new("/nhap-du-lieu", "Nhập dữ liệu", RegistryPolicies.WriteRoles),
        new("/trao-doi", "Trao đổi CSDL quốc gia", RegistryPolicies.WriteRoles),
        new("/dot-quy-hoach", "Đợt quy hoạch", Planning),
        new("/hoi-nghi", "Hội nghị", Conferences),
        new("/ho-so", "Hồ sơ & phê duyệt", Plans),
        new("/quy-hoach", "Quy hoạch", Plans),
        new("/phat-trien", "Đào tạo, luân chuyển", Plans),
        new("/bao-cao", "Báo cáo", Plans),
        new("/thong-bao", "Thông báo", Everyone),
        new("/quan-tri", "Quản trị", [AppRoles.Admin]),
        new("/quan-tri/bo-quy-tac", "Bộ quy tắc", [AppRoles.Admin]),
        new("/quan-tri/don-vi", "Hợp nhất, chia tách đơn vị", [AppRoles.Admin]),
        new("/tinh-trang-he-thong", "Tình trạng hệ thống", [AppRoles.Admin]),
    ];

    /// <summary>The entries <paramref name="user"/> can use, in menu order.</summary>
    public static IReadOnlyList<MenuEntry> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return [.. All.Where(e => e.Roles.Any(user.IsInRole))];
    }

    /// <summary>
    /// The one entry the page at <paramref name="path"/> belongs to: the most specific entry whose address is the path
    /// or a folder above it ("/quan-tri/bo-quy-tac" on the rule-set pages, not also "/quan-tri"); null for none.
    /// </summary>
    public static MenuEntry? CurrentOf(IEnumerable<MenuEntry> entries, string path)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = "/" + path.Split('?', '#')[0].Trim('/');
        return entries.Where(e => e.Href == trimmed || (e.Href != "/" && trimmed.StartsWith(e.Href + "/", StringComparison.Ordinal)))
            .MaxBy(e => e.Href.Length);
    }
}
