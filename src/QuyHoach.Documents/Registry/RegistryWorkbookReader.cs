using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Documents.Registry.Reading;
using QuyHoach.Documents.Registry.Sheets;

namespace QuyHoach.Documents.Registry;

/// <summary>
/// Reads an uploaded registry workbook (the template of <see cref="RegistryTemplate"/>) into plain rows and a
/// Vietnamese validation report, writing nothing anywhere. A hostile or malformed file is refused as a whole with
/// one message; otherwise every row and column is checked and every problem reported.
/// </summary>
/// <remarks>
/// Order of defences: the upload is copied into memory up to <see cref="ImportLimits.MaxFileBytes"/>; the signature
/// must be a zip (an .xls, an encrypted workbook or a CSV are named as such); the zip central directory is checked for
/// entry count, sizes and compression ratio, and every entry is inflated up to its declared size, all before any XML is
/// parsed; macro-enabled workbooks are refused; sheets are then streamed row by row, refusing at the first formula
/// cell and as soon as a sheet passes <see cref="ImportLimits.MaxRowsPerSheet"/>. Cells with script or markup,
/// formula-like text or legacy-encoded (TCVN3/VNI) text are reported per cell, like any other invalid value.
/// Codes are compared ignoring case.
/// </remarks>
public static class RegistryWorkbookReader
{
    public static RegistryImportResult Read(Stream input, ImportLimits limits, DateOnly today, KnownCodes? known = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(limits);
        known ??= KnownCodes.None;
        try
        {
            using var file = Buffer(input, limits.MaxFileBytes);
            PackageGuard.Check(file, limits);
            using var book = WorkbookIndex.Open(file, limits);
            var bindings = SheetBinding.BindAll(book);
            var issues = new IssueList(limits.MaxIssues);
            known = known with { Units = IgnoreCase(known.Units), Titles = IgnoreCase(known.Titles) };
            // The sheet's codes, then the caller's: the caller's set is asked only for a code the sheet lacks, and is
            // not copied (a national registry's known codes are a million; the import's own rows refer to its sheet).
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var knownCadres = known.Cadres is HashSet<string> set && !ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase) ? IgnoreCase(set)! : known.Cadres;
            var context = new ImportContext(today, code => codes.Contains(code) || knownCadres.Contains(code), known);

            var (cadres, cadreCodes) = Read<CadreRow>(book, bindings, CadreColumns.Sheet, limits, issues, "Mã cán bộ", c => CadreSheet.Map(c, context));
            codes.UnionWith(cadreCodes);
            var (evaluations, _) = Read<EvaluationRow>(book, bindings, EvaluationColumns.Sheet, limits, issues, "Mã cán bộ và Năm", c => EvaluationSheet.Map(c, context));
            var (disciplines, _) = Read<DisciplineRow>(book, bindings, DisciplineColumns.Sheet, limits, issues, "Mã cán bộ và Số quyết định, hoặc Ngày quyết định và Hình thức", c => DisciplineSheet.Map(c, context));
            var (standards, _) = Read<PoliticalStandardRow>(book, bindings, PoliticalStandardColumns.Sheet, limits, issues, "Mã cán bộ và Ngày kết luận", c => PoliticalStandardSheet.Map(c, context));
            return new RegistryImportResult(null, cadres, evaluations, disciplines, standards, issues.ToList());
        }
        catch (ImportRefusedException refused)
        {
            return RegistryImportResult.Refused(refused.Message);
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException or IOException)
        {
            // Damage found while streaming a sheet (truncated or malformed XML): the same refusal as at opening.
            return RegistryImportResult.Refused(RefusalMessages.NotWorkbook);
        }
    }

    private static (List<TRow> Rows, IReadOnlyCollection<string> Keys) Read<TRow>(
        WorkbookIndex book, List<SheetBinding> bindings, RegistrySheet sheet, ImportLimits limits, IssueList issues, string keyLabel, Func<RowCells, Mapped<TRow>> map)
        where TRow : class
    {
        // The optional sheet may be absent; a required one was checked by BindAll.
        return bindings.Find(b => b.Sheet == sheet) is { } binding
            ? SheetReading.Read(book, binding, limits, issues, keyLabel, map)
            : ([], []);
    }

    private static HashSet<string>? IgnoreCase(IReadOnlySet<string>? codes) => codes is null ? null : new(codes, StringComparer.OrdinalIgnoreCase);

    /// <summary>Copies the upload into memory, refusing it as soon as it passes the size limit (the stream may be unbounded).</summary>
    private static MemoryStream Buffer(Stream input, long maxBytes)
    {
        var file = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (file.Length + n > maxBytes)
            {
                file.Dispose();
                throw new ImportRefusedException(RefusalMessages.TooLarge(maxBytes));
            }

            file.Write(buffer, 0, n);
        }

        return file;
    }
}
