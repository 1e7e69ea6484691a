using QuyHoach.Web.Features.Security;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// The demo of a first start: a province, its Sở Công Thương (as in Kế hoạch 331/KH-SCT), the roles, one account per role in the
/// department (three for the counting committee, which needs two different people) and the province's own staff, leader,
/// two counters and delegate (for its plan, rà soát quy hoạch diện Ban Thường vụ Tỉnh ủy quản lý), the seated bodies of both, the approved 2025–2030
/// plan the department brought in (<see cref="DemoPlan"/>), and a round left mid-way (<see cref="DemoRound"/>, unless
/// <c>QuyHoach:DemoRoundInProgress</c> is false), then the history of the units that merged into them on 01/07/2025
/// (<see cref="DemoMerger"/>).
/// Runs only on an empty database, so a second start keeps whatever the users changed.
/// </summary>
public sealed class DemoSeeder(
    QuyHoachDbContext db,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IUserStore<AppUser> store,
    TimeProvider clock,
    IServiceProvider services,
    ILogger<DemoSeeder> logger)
{
    /// <summary>The demo accounts' shared password; the banner and README print it. It passes the password policy.</summary>
    public const string DemoPassword = "Demo@QuanLy2026!";

    /// <summary>
    /// The authenticator key of the demo accounts whose role requires two-factor sign-in (lanhdao, quantri): a
    /// fixed, published key, so a newcomer adds it to an authenticator app (or runs <c>oathtool --totp -b KEY</c>)
    /// and signs in. Published, so a demo database is never a real one.
    /// </summary>
    public const string DemoAuthenticatorKey = "DEMOQUYHOACHHAILOPKHOACHUNG23456";

    // The working units since 01/07/2025, into which Nam Định's merged (DemoMerger). Their codes are the first demo's,
    // kept so that scripts and tests that name units by code go on working: a code is never shown.
    public const string ProvinceCode = "NDI";
    public const string ProvinceName = "Tỉnh Ninh Bình";
    public const string ProvincePlace = "Ninh Bình";
    public const string DepartmentCode = "NDI-SCT";
    public const string DepartmentName = "Sở Công Thương tỉnh Ninh Bình";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("chuyenvien", "Trần Thị Thu Hà", AppRoles.Staff, DepartmentCode),
        new("lanhdao", "Nguyễn Văn Hùng", AppRoles.Leader, DepartmentCode),
        new("kiemphieu", "Phạm Minh Đức", AppRoles.Counter, DepartmentCode),
        new("kiemphieu2", "Lê Văn Tâm", AppRoles.Counter, DepartmentCode),
        new("kiemphieu3", "Vũ Thị Hạnh", AppRoles.Counter, DepartmentCode),
        new("kiemtra", "Lê Thị Lan", AppRoles.Inspector, ProvinceCode),
        new("quantri", "Vũ Quốc Anh", AppRoles.Admin, ProvinceCode),
        new("daibieu", "Đỗ Thị Mai", AppRoles.Delegate, DepartmentCode),

        // The province's own people, so that its plan (rà soát quy hoạch các chức danh diện Ban Thường vụ Tỉnh ủy quản
        // lý) can be run: a round is seen only from its unit or above, and its counting committee is chosen among the
        // counting accounts of its unit. After the department's, so that the first account of each role stays the same.
        new("bantochuc", "Đặng Thu Trang", AppRoles.Staff, ProvinceCode),
        new("lanhdaotinh", "Bùi Văn Quang", AppRoles.Leader, ProvinceCode),
        new("kiemphieutu1", "Hoàng Minh Tuấn", AppRoles.Counter, ProvinceCode),
        new("kiemphieutu2", "Ngô Thị Yến", AppRoles.Counter, ProvinceCode),
        new("daibieutinh", "Lương Thanh Hương", AppRoles.Delegate, ProvinceCode),
    ];

    /// <summary>Advisory-lock key "QHSEEDDM": two instances starting together seed once.</summary>
    private const long SeedLockKey = 0x5148_5345_4544_444D;

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", cancellationToken).ConfigureAwait(false);
        await EnsureRolesAsync().ConfigureAwait(false);
        if (await db.Organisations.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var now = clock.GetUtcNow();
        var province = new Organisation { Id = Guid.CreateVersion7(), Code = ProvinceCode, Name = ProvinceName, Kind = OrganisationKind.Province, CreatedAt = now };
        var department = new Organisation
        {
            Id = Guid.CreateVersion7(),
            Code = DepartmentCode,
            Name = DepartmentName,
            Kind = OrganisationKind.Department,
            ParentId = province.Id,
            CreatedAt = now,
        };
        db.Organisations.AddRange(province, department);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var structure = DemoRegistry.Build(db, province, department, now);
        DemoIssuers.Add(db, province, department, ProvincePlace);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var cadres = DemoCadres.Generate(db, department.Id, structure, now);
        DemoProvince.Seat(db, province, structure, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var leaderId = Guid.Empty;
        var created = new List<(AppUser User, string Role)>();
        foreach (var account in Accounts)
        {
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = account.UserName,
                FullName = account.FullName,
                OrganisationId = account.OrganisationCode == ProvinceCode ? province.Id : department.Id,
                LockoutEnabled = true,
            };
            Check(await users.CreateAsync(user, DemoPassword).ConfigureAwait(false));
            Check(await users.AddToRoleAsync(user, account.Role).ConfigureAwait(false));
            if (account.Role is AppRoles.Admin or AppRoles.Leader)
            {
                Check(await FixedAuthenticatorKey.EnableAsync(users, store, user, DemoAuthenticatorKey).ConfigureAwait(false));
            }
            leaderId = account.Role == AppRoles.Leader ? user.Id : leaderId;
            created.Add((user, account.Role));
        }

        DemoPlan.Add(db, structure, cadres, leaderId, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (services.GetRequiredService<IConfiguration>().GetValue("QuyHoach:DemoRoundInProgress", true))
        {
            // After the commit: the planning handlers open transactions of their own (a tally locks its ballot). Only
            // the instance that seeded gets here, so the round is made once.
            PlanningActor As(string userName) => created.Where(c => c.User.UserName == userName).Select(c => DemoRound.Actor(c.User, c.Role)).Single();
            await DemoRound.AddAsync(services, As("chuyenvien"), As("kiemphieu"), As("kiemphieu2"), cancellationToken).ConfigureAwait(false);
            await DemoPipeline.AddAsync(services, cancellationToken).ConfigureAwait(false);
        }
        await DemoMerger.ApplyAsync(services, cancellationToken).ConfigureAwait(false);

        logger.LogInformation("Seeded the demo: {Province}, {Department}, {Cadres} cadres, {Accounts} accounts, the approved plan of {SignedOn}", ProvinceName, DepartmentName, cadres.Count, Accounts.Count, DemoPlan.SignedOn);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var (code, name) in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(code).ConfigureAwait(false))
            {
                Check(await roles.CreateAsync(new AppRole { Id = Guid.CreateVersion7(), Name = code, DisplayName = name }).ConfigureAwait(false));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

/// <summary>One demo account: user name, full name, role code and the code of its organisation (its scope).</summary>
public sealed record DemoAccount(string UserName, string FullName, string Role, string OrganisationCode);
