namespace QuyHoach.Documents.Registry;

/// <summary>
/// What an uploaded registry file holds: either a refusal of the whole file (<see cref="Refusal"/>, no rows), or the
/// valid rows of every sheet with the issues of the invalid ones. Apply only when <see cref="CanApply"/>.
/// </summary>
public sealed record RegistryImportResult(
    string? Refusal,
    IReadOnlyList<CadreRow> Cadres,
    IReadOnlyList<EvaluationRow> Evaluations,
    IReadOnlyList<DisciplineRow> Disciplines,
    IReadOnlyList<PoliticalStandardRow> PoliticalStandards,
    IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>True when the file was read and not one cell is in error: all-or-nothing.</summary>
    public bool CanApply => Refusal is null && Issues.Count == 0;

    public static RegistryImportResult Refused(string message) => new(message, [], [], [], [], []);
}
