namespace QuyHoach.Web.Hosting;

/// <summary>
/// The approved plan a unit brings in on its first day: the 2025–2030 plan of the demo department, approved before the
/// system was used, so its decisions have no planning round. One decision per approving authority (R-AUTH-1): the
/// department's directorate for Trưởng phòng and Phó trưởng phòng, the province's standing committee for Phó Giám đốc.
/// Entries take effect on the signing date (R-EFF-1); at most 3 cadres per title and one title per cadre (R-PRI-5/6).
/// </summary>
/// <remarks>
/// The cadres are ones whose screening (the profile page, the rule set in force) finds them eligible for the title,
/// with at most the obligation to complete the political theory course (R-STD-2). SCT-0015 to SCT-0020 are left out
/// because the sample rounds of the tests (web and browser) propose or review them for Trưởng phòng.
/// </remarks>
internal static class DemoPlan
{
    /// <summary>Signing date of both decisions.</summary>
    public static readonly DateOnly SignedOn = new(2025, 12, 15);

    public const string DepartmentDecisionNumber = "15/QĐ-SCT";
    public const string ProvinceDecisionNumber = "1520-QĐ/TU";

    private const string Reason = "Quyết định ban hành trước khi đưa hệ thống vào sử dụng, nhập từ hồ sơ lưu trữ (không gắn với đợt quy hoạch nào trong hệ thống).";

    public static void Add(QuyHoachDbContext db, DemoStructure structure, IReadOnlyList<Cadre> cadres, Guid recordedBy, DateTimeOffset now)
    {
        var term = db.Terms.Local.Single(t => t.Code == "2025-2030");
        var department = structure.Head.OrganisationId;
        Cadre Code(string code) => cadres.Single(c => c.Code == code);

        var departmental = Decision(db, structure.Head.ManagementAuthorityId!.Value, department, term, DepartmentDecisionNumber, cadres[0].FullName, "Giám đốc Sở Công Thương", recordedBy, now);
        Entry(db, departmental, structure.Head, Code("SCT-0023"));
        Entry(db, departmental, structure.Head, Code("SCT-0024"));
        Entry(db, departmental, structure.DeputyHead, Code("SCT-0036"));
        Entry(db, departmental, structure.DeputyHead, Code("SCT-0038"));
        Entry(db, departmental, structure.DeputyHead, Code("SCT-0045"));

        var provincial = Decision(db, structure.DeputyDirector.ManagementAuthorityId!.Value, department, term, ProvinceDecisionNumber, "Trần Văn Thành", "Phó Bí thư Thường trực Tỉnh ủy", recordedBy, now);
        Entry(db, provincial, structure.DeputyDirector, Code("SCT-0009"));
        Entry(db, provincial, structure.DeputyDirector, Code("SCT-0010"));
    }

    private static PlanDecision Decision(
        QuyHoachDbContext db, Guid authorityId, Guid organisationId, Term term, string number, string signer, string position, Guid recordedBy, DateTimeOffset now)
    {
        var decision = PlanDecision.Signed(DecisionKind.Approval, organisationId, authorityId, term.Id, null, new(number, SignedOn, signer, position), Reason, recordedBy, now);
        db.Add(decision);
        return decision;
    }

    private static void Entry(QuyHoachDbContext db, PlanDecision decision, Title title, Cadre cadre) => db.Add(PlanEntry.Approved(decision, cadre.Id, title.Id));
}
