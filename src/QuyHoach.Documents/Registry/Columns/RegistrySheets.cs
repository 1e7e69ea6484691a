namespace QuyHoach.Documents.Registry.Columns;

/// <summary>The import sheets in template order; <c>CanBo</c> first, because the other sheets refer to its codes.</summary>
public static class RegistrySheets
{
    /// <summary>Name of the guide sheet, first in the template and ignored by the reader.</summary>
    public const string GuideName = "Hướng dẫn";

    public static IReadOnlyList<RegistrySheet> All { get; } = [
        CadreColumns.Sheet, EvaluationColumns.Sheet, DisciplineColumns.Sheet, PoliticalStandardColumns.Sheet];
}
