using QuyHoach.Documents.Decisions;
using QuyHoach.Documents.Word;
using QuyHoach.Web.Features.Outputs;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// What every document of one decision prints: the approving authority as its issuer (Tỉnh ủy for a Ban Thường vụ
/// decision, the Sở for its directorate's), the legal bases of the rule set the plan was made under, the term, the people.
/// </summary>
internal sealed record DecisionContext(
    PlanDecision Decision, IssuerText Issuer, IReadOnlyList<string> Bases, string Scope, string Term, IReadOnlyList<TitleGroup> People, IReadOnlyList<RemovalLine> Removed, IReadOnlyList<string> Notified)
{
    public IssuingBody Body => Issuer.Heading;

    /// <summary>Thẩm quyền ban hành, e.g. "Ban Thường vụ Tỉnh ủy".</summary>
    public string Authority => Issuer.Authority;

    public static async Task<DecisionContext> LoadAsync(QuyHoachDbContext db, PlanDecision decision, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == decision.OrganisationId, cancellationToken).ConfigureAwait(false);
        var authority = await db.ManagementAuthorities.SingleAsync(a => a.Id == decision.ManagementAuthorityId, cancellationToken).ConfigureAwait(false);
        var presiding = authority.ApprovingBodyId is { } bodyId ? await db.Bodies.Where(b => b.Id == bodyId).Select(b => (Data.Registry.BodyKind?)b.Kind).SingleAsync(cancellationToken).ConfigureAwait(false) : null;
        var issuer = await IssuerText.LoadAsync(db, authority.OrganisationId, IssuerText.IsParty(presiding), cancellationToken).ConfigureAwait(false);
        var round = decision.RoundId is { } roundId ? await db.PlanningRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, cancellationToken).ConfigureAwait(false) : null;
        var bases = (await PlanRules.ForAsync(db, round, decision.SignedOn, cancellationToken).ConfigureAwait(false)).BasisLines(issuer.Kind == Documents.Word.BodyKind.Party);
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
            decision, issuer, bases, organisation.Name, PlanningDocumentText.PlannedTerm(term), groups, removed, notified);
    }

    public SignatureColumn Signer => Issuer.Signer(Decision.SignerName, Decision.SignerPosition);

    /// <summary>Điều 3: who proposed it, and the units concerned (the people of Điều 1 are added by the document).</summary>
    private string[] Responsible => [Issuer.Issuer.Proposer, "các cơ quan, đơn vị có liên quan"];

    private string[] Recipients => ["Như Điều 3", Issuer.Archive];

    /// <summary>What the approval and the removal decision both print: issuer, number, date, bases, Điều 3, signer.</summary>
    private DecisionFrame Frame => new()
    {
        Body = Body,
        Number = Issuer.Number(Decision.Number),
        SignedOn = Decision.SignedOn,
        Authority = Authority,
        Scope = Scope,
        Term = Term,
        Bases = Bases,
        Proposer = Issuer.Issuer.Proposer,
        Responsible = Responsible,
        Signer = Signer,
        Recipients = Recipients,
    };

    public ApprovalDecision Approval() => new() { Frame = Frame, Titles = People };

    public RemovalDecision Removal() => new() { Frame = Frame, EffectiveFrom = Decision.SignedOn, Lines = Removed };

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
        Number = Issuer.Blank("TB"),
        Date = Decision.SignedOn,
        DecisionReference = DecisionReference,
        Scope = Scope,
        Term = Term,
        Approved = Decision.Kind == DecisionKind.Approval ? People : [],
        Removed = Removed,
        NotifiedTo = Notified.Count > 0 ? Notified : ["cấp ủy, tập thể lãnh đạo cơ quan và các đồng chí có tên trong danh sách"],
        Within = "nội bộ cấp ủy, tập thể lãnh đạo cơ quan",
        Signer = Signer,
        Recipients = [.. Notified.Count > 0 ? Notified : ["Như trên"], Issuer.Archive],
    };

    /// <summary>"Quyết định số 1520-QĐ/TU ngày 30/11/2026 của Ban Thường vụ Tỉnh ủy".</summary>
    public string DecisionReference =>
        $"Quyết định {DocumentNumber.InText(Decision.Number)} ngày {Decision.SignedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} của {Authority}";

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
