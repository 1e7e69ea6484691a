using QuyHoach.Domain.Common;
using QuyHoach.Domain.Development;
using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Eligibility;
using QuyHoach.Domain.Evaluation;
using QuyHoach.Domain.Time;
using QuyHoach.Domain.Voting;

namespace QuyHoach.Domain.RuleSets;

/// <summary>
/// Bộ quy tắc (versioned rule set): every number the planning rules use, as data, with its regime and the date
/// from which it applies (R-REG-1, R-REG-2). A planning round records the id and version it ran under.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>qd50</c>, <c>qd377</c>, <c>qd50-nam-dinh</c>.</param>
/// <param name="Version">Version of this data, e.g. <c>2021.1</c>.</param>
/// <param name="Regime">Governing regulation.</param>
/// <param name="EffectiveFrom">First day a round may start under it.</param>
/// <param name="EffectiveTo">Last day, when known.</param>
/// <param name="Extends">The base rule set a province override layers on; null for a base set.</param>
/// <param name="Citations">Documents the numbers come from.</param>
/// <param name="Unconfirmed">Keys whose values are defaults not confirmed for this regime (R-REG-2).</param>
/// <param name="Voting">Quorum, step thresholds, sequencing, write-ins.</param>
/// <param name="Caps">R-PRI-5, R-PRI-6.</param>
/// <param name="Coefficient">R-COEF-1.</param>
/// <param name="Structure">R-STR-1/2/4 targets.</param>
/// <param name="AgeFloors">R-AGE-1/2/3, R-TRANS-1, R-APPAGE-1.</param>
/// <param name="Waits">R-PRI-8, R-DOS-2, R-AUTH-2.</param>
/// <param name="DisciplineWaits">R-DIS-P1, R-DIS-S1, R-DIS-377A.</param>
/// <param name="DisciplinePolicy">R-DIS-50 or R-DIS-377.</param>
/// <param name="Evaluation">R-EV-PL2, R-EV-366.</param>
/// <param name="MonthCounting">Civil-code (default) or anniversary reading (docs/rules/calendar.md, month periods).</param>
public sealed record RuleSet(
    string Id,
    string Version,
    Regime Regime,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string? Extends,
    IReadOnlyList<string> Citations,
    IReadOnlyList<string> Unconfirmed,
    VotingRules Voting,
    PlanCaps Caps,
    CoefficientRange Coefficient,
    StructureTargets Structure,
    AgeFloors AgeFloors,
    PlanningWaits Waits,
    DisciplineWaits DisciplineWaits,
    DisciplinePlanningPolicy DisciplinePolicy,
    EvaluationSettings Evaluation,
    MonthCountReading MonthCounting)
{
    /// <summary>Lịch nhiệm kỳ: when each track's terms start, per level (R-CI45; the next term's start for R-AGE-1).</summary>
    public required TermsCalendar TermsCalendar { get; init; }

    /// <summary>Plans approved before this day are transitional (R-TRANS-1): QĐ 50's date.</summary>
    public required DateOnly TransitionalApprovedBefore { get; init; }

    /// <summary>
    /// Văn bản căn cứ: the legal documents every generated document cites from, in the order they are cited (the
    /// <c>legalDocuments</c> section; an override's are appended to its base's).
    /// </summary>
    public IReadOnlyList<LegalDocument> LegalDocuments { get; init; } = [];

    /// <summary>The căn cứ lines of a Party (<paramref name="party"/>) or State document, each ending with ";".</summary>
    public IReadOnlyList<string> BasisLines(bool party) =>
        LegalDocuments.Where(d => d.CitedBy(party)).Select(d => d.BasisLine()).ToList();

    /// <summary>Kế hoạch phát triển: how each obligation of the verdict becomes a development item (R-USE-2).</summary>
    public DevelopmentSettings Development { get; init; } = DevelopmentSettings.None;

    /// <summary>
    /// Căn cứ của từng quy tắc: rule id → the documents of <see cref="LegalDocuments"/> and the article it rests on
    /// under this rule set (the <c>ruleBases</c> section), so a reason's basis names this regime's documents.
    /// </summary>
    public IReadOnlyDictionary<string, RuleBasis> RuleBases { get; init; } = new Dictionary<string, RuleBasis>();

    /// <summary>
    /// <paramref name="basis"/> with the documents and article this rule set gives its rule, e.g. R-PRI-5 →
    /// "Quy định số 50-QĐ/TW ngày 27/12/2021, Điều 2, Điều 8" under QĐ 50; unchanged for a rule the set does not list.
    /// </summary>
    public LegalBasis Cite(LegalBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        return RuleSetMemo.Of(this).Cited(basis, this);
    }

    /// <summary>Every reason of <paramref name="reasons"/> with its basis cited under this rule set.</summary>
    public IReadOnlyList<EligibilityReason> Cite(IEnumerable<EligibilityReason> reasons)
    {
        var cited = reasons.ToList();
        CiteInPlace(cited);
        return cited;
    }

    /// <summary>Cites every reason of <paramref name="reasons"/> in place (the screening hot path: no second list).</summary>
    internal void CiteInPlace(List<EligibilityReason> reasons)
    {
        var memo = RuleSetMemo.Of(this);
        for (var i = 0; i < reasons.Count; i++)
        {
            var r = reasons[i];
            var basis = memo.Cited(r.Basis, this);
            if (!ReferenceEquals(basis, r.Basis))
            {
                reasons[i] = r with { Basis = basis };
            }
        }
    }

    /// <summary><c>id@version</c>, e.g. <c>qd50@2021.1</c>: how a verdict names the rule set it was reached under.</summary>
    internal string Reference => RuleSetMemo.Of(this).Reference;

    /// <summary>The basis of <paramref name="ruleId"/> with this rule set's documents and article; null when the set does not list it.</summary>
    internal LegalBasis? CiteListed(string ruleId)
    {
        if (!RuleBases.TryGetValue(ruleId, out var rule))
        {
            return null;
        }

        var names = rule.Documents.Select(n => LegalDocuments.First(d => d.Number == n).Reference());
        return new LegalBasis(ruleId, string.Join("; ", names), rule.Article);
    }

    /// <summary>
    /// Nguồn của số liệu chưa xác nhận: where the <see cref="Unconfirmed"/> values come from while no published text
    /// confirms them for this regime (R-REG-2), e.g. QĐ 50 for <c>qd377</c>; null when the set says nothing.
    /// </summary>
    public string? UnconfirmedSource { get; init; }

    /// <summary>
    /// The footnote line of a document that relies on <paramref name="keys"/> when one of them is unconfirmed
    /// (R-REG-2), in Vietnamese; null when every one is confirmed.
    /// </summary>
    public string? UnconfirmedFootnote(params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!keys.Any(IsUnconfirmed))
        {
            return null;
        }

        // The source is not named: a document cites only its own rule set's documents (the administrator's page names it).
        return "Ghi chú: tỉ lệ, ngưỡng áp dụng trong văn bản này chưa xác nhận (chưa có văn bản hướng dẫn đã công bố), tạm áp dụng theo quy định trước đây.";
    }

    /// <summary>True when <paramref name="key"/> (or a parent key such as <c>thresholds</c>) is marked unconfirmed.</summary>
    public bool IsUnconfirmed(string key) =>
        Unconfirmed.Any(u => key == u || key.StartsWith(u + ".", StringComparison.Ordinal));

    /// <summary>True when a round starting on <paramref name="date"/> falls within the effective dates.</summary>
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}

/// <summary>Giới hạn số lượng quy hoạch (R-PRI-5, R-PRI-6).</summary>
/// <param name="CadresPerTitlePerTerm">At most this many cadres per leadership title per term (3).</param>
/// <param name="TitlesPerCadrePerLevel">At most this many leadership titles per cadre per level and term, not counting
/// committee-membership titles (3).</param>
public sealed record PlanCaps(int CadresPerTitlePerTerm, int TitlesPerCadrePerLevel);

/// <summary>Hệ số quy hoạch cấp ủy (R-COEF-1): planned count between <c>Min·N</c> and <c>Max·N</c>.</summary>
/// <param name="Min">Lower bound (1/1); below it is a warning.</param>
/// <param name="Max">Upper bound (3/2); above it is an error.</param>
public sealed record CoefficientRange(Common.Ratio Min, Common.Ratio Max);

/// <summary>Chỉ tiêu cơ cấu (R-STR-1/2/4): targets shown as warnings, never blocking (R-PRI-9).</summary>
/// <param name="YoungShare">Young cadres share (3/20 = 15 %).</param>
/// <param name="YoungAgeLimitMonths">"Young" means age in months strictly below this, per level (central 540,
/// province 480, district 480).</param>
/// <param name="WomenShare">Women share (1/4).</param>
/// <param name="WomanAmongKeyLeaders">At least one woman planned for a key leadership title (Kế hoạch 331/KH-SCT).</param>
public sealed record StructureTargets(Common.Ratio YoungShare, IReadOnlyDictionary<string, int> YoungAgeLimitMonths, Common.Ratio WomenShare, bool WomanAmongKeyLeaders)
{
    /// <summary>
    /// Cán bộ có trình độ khoa học, công nghệ (R-STR-5, QĐ 377): the target share, null when the set names none (the
    /// dimension is then counted and shown, never warned about).
    /// </summary>
    public Common.Ratio? ScienceTechnologyShare { get; init; }

    /// <summary>
    /// Cơ cấu ba độ tuổi (R-STR-5, QĐ 377): the width in months of the bands above the young cadres' age limit (under
    /// the limit; the limit to the limit plus this; older), null when the set declares no bands (none are reported).
    /// </summary>
    public int? AgeBandMonths { get; init; }
}

/// <summary>Tuổi quy hoạch tối thiểu, in months of working life left (R-AGE-1/2/3, R-TRANS-1, R-APPAGE-1).</summary>
/// <param name="NextTermMinimumMonths">Next-term plan minimum (60).</param>
/// <param name="NextTermPreferredMonths">Next-term preferred (120); below it is a "one term only" warning.</param>
/// <param name="CurrentTermAdditionMonths">Current-term addition (72).</param>
/// <param name="BySourceGroup">Overrides per đối tượng number (Kế hoạch 331/KH-SCT: 2 → 120).</param>
/// <param name="TransitionalMonths">Cadres planned before QĐ 50 keep their plan with this many (60).</param>
/// <param name="AppointmentMonths">First or higher appointment (60).</param>
public sealed record AgeFloors(int NextTermMinimumMonths, int NextTermPreferredMonths, int CurrentTermAdditionMonths, IReadOnlyDictionary<int, int> BySourceGroup, int TransitionalMonths, int AppointmentMonths);

/// <summary>Các thời hạn chờ (R-PRI-8, R-DOS-2, R-AUTH-2).</summary>
/// <param name="AppointmentAfterApprovalMonths">3.</param>
/// <param name="DossierFreshnessMonths">6.</param>
/// <param name="ApprovalWorkingDays">30.</param>
public sealed record PlanningWaits(int AppointmentAfterApprovalMonths, int DossierFreshnessMonths, int ApprovalWorkingDays);

/// <summary>Đánh giá dùng khi quy hoạch (R-EV-PL2, R-EV-366).</summary>
/// <param name="MinRatingForAddition">Lowest rating in the latest year(s) for adding a cadre (HTTNV).</param>
/// <param name="RatingYears">How many latest years must reach it (1).</param>
/// <param name="ScoreBands">QĐ 366 score bands in tenths.</param>
public sealed record EvaluationSettings(Rating MinRatingForAddition, int RatingYears, ScoreBands ScoreBands);
