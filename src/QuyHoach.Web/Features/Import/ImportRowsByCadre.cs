using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>Every row of the file that belongs to one cadre code (codes compare ignoring case, as the reader does).</summary>
public sealed record ImportRowsByCadre(
    string Code,
    CadreRow? Cadre,
    IReadOnlyList<EvaluationRow> Evaluations,
    IReadOnlyList<DisciplineRow> Disciplines,
    IReadOnlyList<PoliticalStandardRow> PoliticalStandards)
{
    public static IReadOnlyList<ImportRowsByCadre> From(RegistryImportResult file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var comparer = StringComparer.OrdinalIgnoreCase;
        var evaluations = file.Evaluations.ToLookup(r => r.CadreCode, comparer);
        var disciplines = file.Disciplines.ToLookup(r => r.CadreCode, comparer);
        var standards = file.PoliticalStandards.ToLookup(r => r.CadreCode, comparer);
        var cadres = file.Cadres.ToDictionary(r => r.Code, comparer);
        return cadres.Keys
            .Concat(evaluations.Select(g => g.Key)).Concat(disciplines.Select(g => g.Key)).Concat(standards.Select(g => g.Key))
            .Distinct(comparer)
            .Select(code => new ImportRowsByCadre(
                cadres.TryGetValue(code, out var row) ? row.Code : code,
                row,
                evaluations[code].ToList(),
                disciplines[code].ToList(),
                standards[code].ToList()))
            .ToList();
    }
}
