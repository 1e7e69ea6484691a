namespace QuyHoach.Web.Features.Plans;

/// <summary>One uploaded file of a dossier item (the content is downloaded separately, and audited).</summary>
/// <param name="Readable">The viewer may download it: false for an item-1 file (sealed counts) and a reader who may
/// not see them (PlanAccess.MayReadFile).</param>
public sealed record DossierFileView(Guid Id, int Item, string FileName, string ContentType, long SizeBytes, string Sha256, DateOnly DocumentDate, DateTimeOffset UploadedAt, bool Current, bool Readable);

/// <summary>One of the six items: its state on the judged date and its files, newest first.</summary>
/// <param name="State">missing, present, fresh, expires-soon, stale.</param>
public sealed record DossierItemView(int Number, string Name, bool TimeLimited, string State, DateOnly? DocumentDate, DateOnly? ValidThrough, IReadOnlyList<DossierFileView> Files);

/// <summary>Hồ sơ một cán bộ: items, dates, the R-AUTH-2 deadline, the appraisal and, once approved, the decision.</summary>
/// <param name="Waits">The rule set's waits the dossier is judged by (its working days to approve, R-AUTH-2), for the page's wording.</param>
public sealed record DossierView(
    Guid Id,
    Guid RoundId,
    string RoundName,
    string TitleCode,
    string TitleName,
    string CadreCode,
    string FullName,
    DateOnly? ConsideredOn,
    DateOnly? CompletedOn,
    DateOnly JudgedOn,
    DateOnly? DueOn,
    bool Late,
    string? Appraisal,
    DateOnly? AppraisedOn,
    string? AppraisalNote,
    bool Complete,
    bool Ready,
    string? ApprovedBy,
    IReadOnlyList<DossierItemView> Items,
    string Version,
    PlanningWaits Waits);

/// <summary>A line of a round's dossier list.</summary>
public sealed record DossierLineView(
    Guid Id, string TitleCode, string TitleName, string CadreCode, string FullName, bool Complete, bool Ready, int Stale, int ExpiresSoon,
    DateOnly? CompletedOn, DateOnly? DueOn, bool Late, string? Appraisal, string? ApprovedBy);

/// <summary>The dossiers of a round and what can be decided on them.</summary>
/// <param name="Waits">The round's rule set's waits (the months a document stays valid, R-DOS-2), for the page's wording.</param>
/// <param name="Items">The number of items a complete dossier holds (R-DOS-1).</param>
public sealed record RoundDossiersView(Guid RoundId, string RoundName, string Status, IReadOnlyList<DossierLineView> Dossiers, IReadOnlyList<DecisionLineView> Decisions, PlanningWaits Waits, int Items);

/// <summary>A decision, as lists show it.</summary>
public sealed record DecisionLineView(Guid Id, string Kind, string KindName, string Number, DateOnly SignedOn, string SignerName, int Entries);
