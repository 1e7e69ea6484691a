using QuyHoach.Data;
using QuyHoach.Documents.Registry;
using QuyHoach.Web.Features.Access;
using QuyHoach.Web.Features.Shell;

namespace QuyHoach.Web.Features.Import;

/// <summary>Checks an uploaded workbook: the file itself (Documents' reader), then its codes against the database.</summary>
public sealed class ImportValidator(QuyHoachDbContext db, TimeProvider clock)
{
    public async Task<(RegistryImportResult File, IReadOnlyList<ImportIssue> DatabaseProblems)> ValidateAsync(
        byte[] content, UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var known = await ImportCodes.KnownAsync(db, access, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(content, writable: false);
        var file = RegistryWorkbookReader.Read(stream, ImportLimits.Default, VietnamTime.Today(clock), known);
        if (!file.CanApply)
        {
            return (file, []);
        }

        var codes = await ImportCodes.LoadAsync(db, file, access, cancellationToken).ConfigureAwait(false);
        return (file, codes.Problems);
    }
}
