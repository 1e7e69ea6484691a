using QuyHoach.Data.Identity;
using QuyHoach.Data.Organisations;
using QuyHoach.Data.Plans;
using QuyHoach.Web.Features.Organisations;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// The demo's merger (R-ORG-3): the department of Kế hoạch 331/KH-SCT, in Nam Định, approved part of its 2025–2030
/// plan in 2022; Nam Định, Hà Nam and Ninh Bình became Ninh Bình on 01/07/2025 and the department merged into Sở Công
/// Thương tỉnh Ninh Bình, which carries its plan, posts and bodies on from that day. Recorded by the administrator
/// through the same handler as the page. Applied at the first start when <c>QuyHoach:DemoMerger</c> is true, and by
/// the browser test's fixture; applying it again changes nothing.
/// </summary>
public static class DemoMerger
{
    public static readonly DateOnly On = new(2025, 7, 1);
    public static readonly DateOnly ApprovedOn = new(2022, 9, 15);

    public const string ProvinceName = "Tỉnh Ninh Bình";
    public const string DepartmentName = "Sở Công Thương tỉnh Ninh Bình";
    public const string DecisionNumber = "25/QĐ-SCT";

    /// <summary>The cadres of the 2022 plan for Trưởng phòng (left out of the 2025 plan and of the tests' rounds).</summary>
    public static readonly IReadOnlyList<string> PlannedIn2022 = ["SCT-0025", "SCT-0026"];

    /// <summary>A fixed request key: the demo's event is recorded once.</summary>
    private static readonly Guid RequestKey = new("0b0c0a2e-2025-4701-9000-000000000001");

    public static async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        if (await db.UnitEvents.AnyAsync(e => e.RequestKey == RequestKey, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var old = await db.Organisations.SingleAsync(o => o.Code == DemoSeeder.DepartmentCode, cancellationToken).ConfigureAwait(false);
        var province = new Organisation { Id = Guid.CreateVersion7(), Code = "NBH", Name = ProvinceName, Kind = OrganisationKind.Province, CreatedAt = now };
        var department = new Organisation { Id = Guid.CreateVersion7(), Code = "NBH-SCT", Name = DepartmentName, Kind = OrganisationKind.Department, ParentId = province.Id, CreatedAt = now };
        db.Organisations.AddRange(province, department);
        var admin = await db.Users.SingleAsync(u => u.UserName == "quantri", cancellationToken).ConfigureAwait(false);
        var head = await db.Titles.SingleAsync(t => t.Code == "SCT-TP", cancellationToken).ConfigureAwait(false);
        var decision = new PlanDecision
        {
            Id = Guid.CreateVersion7(),
            Kind = DecisionKind.Approval,
            OrganisationId = old.Id,
            ManagementAuthorityId = head.ManagementAuthorityId!.Value,
            TermId = await db.Terms.Where(t => t.Code == "2025-2030").Select(t => t.Id).SingleAsync(cancellationToken).ConfigureAwait(false),
            Number = DecisionNumber,
            SignedOn = ApprovedOn,
            SignerName = "Trần Văn Ký",
            SignerPosition = "Giám đốc Sở Công Thương",
            Reason = "Quyết định ban hành năm 2022, trước khi đưa hệ thống vào sử dụng, nhập từ hồ sơ lưu trữ.",
            RecordedByUserId = admin.Id,
            RecordedAt = now,
        };
        db.Add(decision);
        foreach (var cadre in await db.Cadres.Where(c => PlannedIn2022.Contains(c.Code)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            db.Add(PlanEntry.Approved(decision, cadre.Id, head.Id));
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var actor = new PlanningActor(admin.Id, new HashSet<string> { AppRoles.Admin }, admin.OrganisationId) { Name = admin.FullName };
        var outcome = await scope.ServiceProvider.GetRequiredService<UnitEventHandler>().HandleAsync(actor, new UnitEventRequest(
            UnitEventKind.Merge, On, "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh", [old.Id], [department.Id], null, null, null, RequestKey), cancellationToken).ConfigureAwait(false);
        if (outcome.Refusal is { } refusal)
        {
            throw new InvalidOperationException(refusal.Detail);
        }
    }
}
