namespace QuyHoach.Documents.Registry.Sheets;

/// <summary>What the row mappers check against: the day of the import and the codes rows may refer to.</summary>
/// <param name="Today">The import day (passed in, never read from a clock).</param>
/// <param name="IsCadreCode">Whether a code is of sheet CanBo or of the database, compared ignoring case.</param>
/// <param name="Known">The caller's known codes (units and titles checked only when given).</param>
internal sealed record ImportContext(DateOnly Today, Func<string, bool> IsCadreCode, KnownCodes Known)
{
    /// <summary>The first row of each personal identification number met so far (R-PIN-2: one record per number).</summary>
    public Dictionary<string, int> PersonalIdRows { get; } = new(StringComparer.Ordinal);

    public string TodayText => Today.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The earliest day a partial date can stand for (1975 → 01/01/1975).</summary>
    public static DateOnly Earliest(PartialDate date) => new(date.Year, date.Month ?? 1, date.Day ?? 1);

    public static string Text(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
