using QuyHoach.Data.Identity;
using QuyHoach.Data.Plans;
using QuyHoach.Web.Features.Organisations;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// The demo's history (R-ORG-3): the department of Kế hoạch 331/KH-SCT was Sở Công Thương tỉnh Nam Định, which approved
/// part of its 2025–2030 plan in 2022 (<see cref="DecisionNumber"/>, its own directorate, its own issuer: the
/// decision still prints Nam Định). Nam Định, Hà Nam and Ninh Bình became Ninh Bình on 01/07/2025: the province and
/// the department merged into the demo's working units (<see cref="DemoSeeder.ProvinceName"/>,
/// <see cref="DemoSeeder.DepartmentName"/>), the department's plan carried on there, title to title. The successor's
/// 2025–2030 plan of 15/12/2025 (<see cref="DemoPlan"/>) reviewed the carried entries and took them out of the plan
/// (<see cref="ReviewNumber"/>), so the plan in force today is the successor's own. Recorded by the administrator
/// through the same handler as the page, at every first start after the demo (<see cref="DemoSeeder"/>); applying it
/// again changes nothing.
/// </summary>
public static class DemoMerger
{
    public static readonly DateOnly On = new(2025, 7, 1);
    public static readonly DateOnly ApprovedOn = new(2022, 9, 15);

    public const string PredecessorProvinceName = "Tỉnh Nam Định";
    public const string PredecessorName = "Sở Công Thương tỉnh Nam Định";
    public const string PredecessorPlace = "Nam Định";
    public const string DecisionNumber = "25/QĐ-SCT";
    public const string ReviewNumber = "18/QĐ-SCT";

    /// <summary>The cadres of the 2022 plan for Trưởng phòng (left out of the 2025 plan and of the tests' rounds).</summary>
    public static readonly IReadOnlyList<string> PlannedIn2022 = ["SCT-0025", "SCT-0026"];

    /// <summary>Fixed request keys: each of the demo's two events is recorded once.</summary>
    private static readonly Guid DepartmentKey = new("0b0c0a2e-2025-4701-9000-000000000001");
    private static readonly Guid ProvinceKey = new("0b0c0a2e-2025-4701-9000-000000000002");

    public static async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        if (await db.UnitEvents.AnyAsync(e => e.RequestKey == DepartmentKey, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var province = await db.Organisations.SingleAsync(o => o.Code == DemoSeeder.ProvinceCode, cancellationToken).ConfigureAwait(false);
        var department = await db.Organisations.SingleAsync(o => o.Code == DemoSeeder.DepartmentCode, cancellationToken).ConfigureAwait(false);
        var oldProvince = new Organisation { Id = Guid.CreateVersion7(), Code = "NDH", Name = PredecessorProvinceName, Kind = OrganisationKind.Province, CreatedAt = now };
        var old = new Organisation { Id = Guid.CreateVersion7(), Code = "NDH-SCT", Name = PredecessorName, Kind = OrganisationKind.Department, ParentId = oldProvince.Id, CreatedAt = now };
        db.Organisations.AddRange(oldProvince, old);
        DemoIssuers.Add(db, oldProvince, old, PredecessorPlace);
        // Its own authority (the Giám đốc's decision, State layout); no body is recorded for it: its people are the
        // successor's, whose bodies the demo seats.
        var authority = new ManagementAuthority { Id = Guid.CreateVersion7(), OrganisationId = old.Id, Code = "NDH-SCT-DQL", Name = "Diện tập thể lãnh đạo Sở quản lý" };
        db.Add(authority);

        // The old department's Trưởng phòng: the same title as the successor's, its own unit and authority.
        var head = await db.Titles.SingleAsync(t => t.Code == "SCT-TP", cancellationToken).ConfigureAwait(false);
        var oldHead = await db.Titles.AsNoTracking().SingleAsync(t => t.Id == head.Id, cancellationToken).ConfigureAwait(false);
        (oldHead.Id, oldHead.Code, oldHead.OrganisationId, oldHead.ManagementAuthorityId) = (Guid.CreateVersion7(), "NDH-SCT-TP", old.Id, authority.Id);
        db.Titles.Add(oldHead);

        var admin = await db.Users.SingleAsync(u => u.UserName == "quantri", cancellationToken).ConfigureAwait(false);
        var termId = await db.Terms.Where(t => t.Code == "2025-2030").Select(t => t.Id).SingleAsync(cancellationToken).ConfigureAwait(false);
        var decision = Decision(DecisionKind.Approval, old.Id, authority.Id, termId, DecisionNumber, ApprovedOn, "Trần Văn Ký", admin.Id, now,
            "Quyết định ban hành năm 2022, trước khi đưa hệ thống vào sử dụng, nhập từ hồ sơ lưu trữ.");
        db.Add(decision);
        var planned = await db.Cadres.Where(c => PlannedIn2022.Contains(c.Code)).Select(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.AddRange(planned.Select(id => PlanEntry.Approved(decision, id, oldHead.Id)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var actor = new PlanningActor(admin.Id, new HashSet<string> { AppRoles.Admin }, admin.OrganisationId) { Name = admin.FullName };
        var handler = scope.ServiceProvider.GetRequiredService<UnitEventHandler>();
        const string Basis = "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh";
        Check(await handler.HandleAsync(actor, new UnitEventRequest(
            UnitEventKind.Merge, On, Basis, [old.Id], [department.Id], null, null, new Dictionary<Guid, Guid> { [oldHead.Id] = head.Id }, DepartmentKey), cancellationToken).ConfigureAwait(false));
        Check(await handler.HandleAsync(actor, new UnitEventRequest(
            UnitEventKind.Merge, On, Basis, [oldProvince.Id], [province.Id], null, null, null, ProvinceKey), cancellationToken).ConfigureAwait(false));
        await ReviewAsync(db, department, head, termId, admin.Id, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The successor's review of 15/12/2025 takes the carried entries out of its plan (its own plan replaces them).</summary>
    private static async Task ReviewAsync(QuyHoachDbContext db, Organisation department, Title head, Guid termId, Guid adminId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var director = await db.Cadres.Where(c => c.Code == "SCT-0001").Select(c => c.FullName).SingleAsync(cancellationToken).ConfigureAwait(false);
        var review = Decision(DecisionKind.Removal, department.Id, head.ManagementAuthorityId!.Value, termId, ReviewNumber, DemoPlan.SignedOn, director, adminId, now,
            "Rà soát các cán bộ trong quy hoạch chuyển từ Sở Công Thương tỉnh Nam Định sau hợp nhất; tập thể lãnh đạo Sở biểu quyết đưa ra khỏi quy hoạch; nhập từ hồ sơ lưu trữ.");
        db.Add(review);
        foreach (var entry in await db.PlanEntries.Where(e => e.OrganisationId == department.Id && e.CarriedFromId != null && e.EndedOn == null).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            (entry.EndedOn, entry.EndReason, entry.EndDecisionId) = (review.SignedOn, PlanEndReason.Removed, review.Id);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static PlanDecision Decision(DecisionKind kind, Guid organisationId, Guid authorityId, Guid termId, string number, DateOnly signedOn, string signer, Guid adminId, DateTimeOffset now, string reason) =>
        PlanDecision.Signed(kind, organisationId, authorityId, termId, null, new(number, signedOn, signer, "Giám đốc Sở Công Thương"), reason, adminId, now);

    private static void Check<T>(Outcome<T> outcome)
    {
        if (outcome.Refusal is { } refusal)
        {
            throw new InvalidOperationException(refusal.Detail);
        }
    }
}
