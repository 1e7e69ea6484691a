using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>What an applied import changed; an import of the same file again gives all zeros but Unchanged.</summary>
public sealed record ImportSummary(
    int CadresCreated,
    int CadresUpdated,
    int CadresUnchanged,
    int EvaluationsWritten,
    int DisciplinesWritten,
    int PoliticalStandardsWritten)
{
    public int Changes => CadresCreated + CadresUpdated + EvaluationsWritten + DisciplinesWritten + PoliticalStandardsWritten;
}

/// <summary>The outcome of applying a validated file: a summary, or the problems found against the database.</summary>
public sealed record ImportOutcome(ImportSummary? Summary, IReadOnlyList<ImportIssue> Problems)
{
    public bool Applied => Summary is not null;
}

/// <summary>
/// The upload being applied from the import screen: its id (the outcome is recorded with the rows) and where to
/// report progress, a write on a connection of its own, outside the import's transaction, so the page sees it.
/// </summary>
public sealed record ImportTracking(Guid Id, Func<int, CancellationToken, Task> Progress);
