using Microsoft.EntityFrameworkCore;
using QuyHoach.Data;
using QuyHoach.Data.Plans;
using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;
using QuyHoach.Domain.Common;
using QuyHoach.Web.Features.Outputs;

namespace QuyHoach.Web.Features.Plans;

/// <summary>What every document of one decision prints: the issuing body, the authority, the term, the people.</summary>
internal sealed record DecisionContext(
    PlanDecision Decision, IssuingBody Body, string Authority, string Scope, string Term, IReadOnlyList<TitleGroup> People, IReadOnlyList<RemovalLine> Removed, IReadOnlyList<string> Notified)
{
    private static readonly string[] ApprovalBases =
    [
        "Căn cứ Quy định số 50-QĐ/TW ngày 27/12/2021 của Bộ Chính trị về công tác quy hoạch cán bộ",
        "Căn cứ Hướng dẫn số 16-HD/BTCTW ngày 15/02/2022 của Ban Tổ chức Trung ương",
    ];

    public static async Task<DecisionContext> LoadAsync(QuyHoachDbContext db, PlanDecision decision, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == decision.OrganisationId, cancellationToken).ConfigureAwait(false);
        var parent = organisation.ParentId is { } parentId ? await db.Organisations.SingleAsync(o => o.Id == parentId, cancellationToken).ConfigureAwait(false) : null;
        var authority = await db.ManagementAuthorities.SingleAsync(a => a.Id == decision.ManagementAuthorityId, cancellationToken).ConfigureAwait(false);
        var presiding = authority.ApprovingBodyId is { } bodyId ? await db.Bodies.Where(b => b.Id == bodyId).Select(b => (Data.Registry.BodyKind?)b.Kind).SingleAsync(cancellationToken).ConfigureAwait(false) : null;
        var term = await db.Terms.SingleAsync(t => t.Id == decision.TermId, cancellationToken).ConfigureAwait(false);
        var entries = await db.PlanEntries.Where(e => e.ApprovalDecisionId == decision.Id || e.EndDecisionId == decision.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var groups = await PlanPeople.GroupsAsync(db, entries.Select(e => (e.TitleId, e.CadreId)).ToList(), decision.SignedOn, cancellationToken).ConfigureAwait(false);
        var removed = new List<RemovalLine>();
        if (decision.Kind != DecisionKind.Approval)
        {
            var people = await PlanPeople.PeopleAsync(db, entries.Select(e => e.CadreId).ToList(), decision.SignedOn, cancellationToken).ConfigureAwait(false);
            var titles = await db.Titles.Where(t => entries.Select(e => e.TitleId).Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken).ConfigureAwait(false);
            removed.AddRange(entries.Select(e => new RemovalLine(
                people[e.CadreId].FullName, people[e.CadreId].BirthDate, people[e.CadreId].CurrentPosition, titles[e.TitleId],
                decision.Kind == DecisionKind.Removal ? RemovalGround.Vote : Ground(e.EndNote), ReasonOf(decision.Reason, people[e.CadreId].FullName))));
        }

        var notified = await db.PlanNotifications.Where(n => n.DecisionId == decision.Id).OrderBy(n => n.NotifiedOn).Select(n => n.RecipientName).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DecisionContext(
            decision, PlanningDocumentText.Body(organisation, parent, presiding), authority.Name, organisation.Name, PlanningDocumentText.PlannedTerm(term), groups, removed, notified);
    }

    public SignatureColumn Signer => new([Decision.SignerPosition.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))], [Decision.SignerName]);

    public ApprovalDecision Approval() => new()
    {
        Body = Body,
        Number = Decision.Number,
        SignedOn = Decision.SignedOn,
        Authority = Authority,
        Scope = Scope,
        Term = Term,
        Bases = ApprovalBases,
        Titles = People,
        Responsible = ["Các phòng, đơn vị có liên quan và các đồng chí có tên tại Điều 1"],
        Signer = Signer,
        Recipients = ["Như Điều 3", "Lưu hồ sơ cán bộ"],
    };

    public RemovalDecision Removal() => new()
    {
        Body = Body,
        Number = Decision.Number,
        SignedOn = Decision.SignedOn,
        EffectiveFrom = Decision.SignedOn,
        Authority = Authority,
        Scope = Scope,
        Term = Term,
        Bases = ApprovalBases,
        Lines = Removed,
        Responsible = ["Các phòng, đơn vị có liên quan và các đồng chí có tên tại Điều 1"],
        Signer = Signer,
        Recipients = ["Như Điều 3", "Lưu hồ sơ cán bộ"],
    };

    public SummaryList Summary() => new()
    {
        Body = Body,
        Number = null,
        Date = Decision.SignedOn,
        Scope = Scope,
        Term = Term,
        Titles = People,
        Signatures = [Signer],
    };

    public DisclosureNotice Notice() => new()
    {
        Body = Body,
        Number = Decision.Number + "/TB",
        Date = Decision.SignedOn,
        DecisionReference = $"Quyết định số {Decision.Number} ngày {Decision.SignedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}",
        Scope = Scope,
        Term = Term,
        Approved = Decision.Kind == DecisionKind.Approval ? People : [],
        Removed = Removed,
        NotifiedTo = Notified.Count > 0 ? Notified : ["Cấp ủy, tập thể lãnh đạo và cán bộ có tên trong danh sách"],
        Within = "nội bộ cấp ủy, tập thể lãnh đạo cơ quan (R-PUB-2)",
        Signer = Signer,
        Recipients = ["Như trên", "Lưu hồ sơ cán bộ"],
    };

    /// <summary>The first R-REM-AUTO trigger code kept on the ended entry (AutomaticRemovalHandler).</summary>
    private static RemovalGround Ground(string? codes) => codes?.Split(',')[0] switch
    {
        "DECEASED" => RemovalGround.Death,
        "DISCIPLINED" => RemovalGround.Discipline,
        "POLITICAL_STANDARD_NOT_MET" => RemovalGround.PoliticalStandard,
        _ => RemovalGround.Age,
    };

    private static string ReasonOf(string? reason, string name) =>
        (reason ?? "").Split('\n').FirstOrDefault(l => l.StartsWith(name + " (", StringComparison.Ordinal)) is { } line ? line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..] : "";
}
