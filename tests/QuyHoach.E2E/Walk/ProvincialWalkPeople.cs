namespace QuyHoach.E2E.Walk;

/// <summary>
/// The people of the province's plan (rà soát, bổ sung quy hoạch các chức danh diện Ban Thường vụ Tỉnh ủy quản lý) in the
/// demo: the province's own accounts, and the cadres of the walk as the pages show them (names only; a person is
/// chosen by typing the name into a search picker, never a code).
/// </summary>
internal static class ProvincialWalkPeople
{
    /// <summary>Chuyên viên Ban Tổ chức Tỉnh ủy (cơ quan tham mưu).</summary>
    public const string Staff = "bantochuc";

    /// <summary>Lãnh đạo of the province: records the Bí thư's choice on a tie.</summary>
    public const string Leader = "lanhdaotinh";

    public const string CounterA = "kiemphieutu1";
    public const string CounterAName = "Hoàng Minh Tuấn";
    public const string CounterB = "kiemphieutu2";
    public const string CounterBName = "Ngô Thị Yến";

    /// <summary>A delegate of the province, in scope but outside the counting committee.</summary>
    public const string DelegateUser = "daibieutinh";

    /// <summary>The inspector (scope: the province).</summary>
    public const string Inspector = "kiemtra";

    /// <summary>Trưởng phòng holders proposed for Phó Giám đốc Sở, typed without diacritics as a newcomer would.</summary>
    public static readonly (string Search, string Name)[] Candidates =
    [
        ("do hong trang", "Đỗ Hồng Trang"),
        ("bui thu yen", "Bùi Thu Yến"),
        ("luong quoc quang", "Lương Quốc Quang"),
    ];

    /// <summary>A Trưởng phòng with 68 months left at 07/2023 (under 72 for a current-term addition, R-AGE-2): not eligible without a reason.</summary>
    public const string TooOld = "Ngô Văn Sơn";

    /// <summary>Giám đốc Sở Công Thương, invited to the key-cadre conference (trưởng các sở, ban, ngành).</summary>
    public const string InvitedDirector = "Dương Mạnh Tuấn";
}
