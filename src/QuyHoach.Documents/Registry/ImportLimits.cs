namespace QuyHoach.Documents.Registry;

/// <summary>
/// Bounds on an uploaded file, checked before and while reading so that a hostile file (zip bomb, a million rows)
/// is refused without exhausting memory or time.
/// </summary>
/// <param name="MaxFileBytes">Size of the uploaded .xlsx itself.</param>
/// <param name="MaxUncompressedBytes">Sum of the uncompressed sizes of all zip entries.</param>
/// <param name="MaxEntryBytes">Uncompressed size of any one entry (a sheet, the shared strings).</param>
/// <param name="MaxCompressionRatio">Uncompressed ÷ compressed size of any entry of at least <paramref name="RatioCheckFromBytes"/>.</param>
/// <param name="RatioCheckFromBytes">
/// Entries smaller than this are not ratio-checked: small XML parts legitimately compress very well and cannot hurt.
/// </param>
/// <param name="MaxEntries">Number of zip entries.</param>
/// <param name="MaxRowsPerSheet">Non-empty data rows (after the header) of any one sheet.</param>
/// <param name="MaxIssues">Issues kept in the report; beyond it one closing issue says how many more were found.</param>
public sealed record ImportLimits(
    long MaxFileBytes = 20L * 1024 * 1024,
    long MaxUncompressedBytes = 50L * 1024 * 1024,
    long MaxEntryBytes = 40L * 1024 * 1024,
    int MaxCompressionRatio = 100,
    long RatioCheckFromBytes = 1024 * 1024,
    int MaxEntries = 1000,
    int MaxRowsPerSheet = 50_000,
    int MaxIssues = 2_000)
{
    public static ImportLimits Default { get; } = new();
}
