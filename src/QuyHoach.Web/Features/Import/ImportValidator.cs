using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>Checks an uploaded workbook: the file itself (Documents' reader), then its codes against the database.</summary>
public sealed class ImportValidator(QuyHoachDbContext db, AccessResolver resolver, TimeProvider clock)
{
    /// <summary>The one way an upload (screen or API) is read and checked for the signed-in <paramref name="user"/>.</summary>
    public async Task<ValidatedUpload> ValidateAsync(IFormFile upload, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var access = await resolver.ForAsync(user, cancellationToken).ConfigureAwait(false);
        var (file, codes) = await CheckAsync(buffer.ToArray(), access, cancellationToken).ConfigureAwait(false);
        return new ValidatedUpload(file, codes?.Problems ?? [], access, codes);
    }

    public async Task<(RegistryImportResult File, IReadOnlyList<ImportIssue> DatabaseProblems)> ValidateAsync(
        byte[] content, UserAccess access, CancellationToken cancellationToken)
    {
        var (file, codes) = await CheckAsync(content, access, cancellationToken).ConfigureAwait(false);
        return (file, codes?.Problems ?? []);
    }

    private async Task<(RegistryImportResult File, ImportCodes? Codes)> CheckAsync(byte[] content, UserAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var known = ImportCodes.Known(db, access);
        using var stream = new MemoryStream(content, writable: false);
        var file = RegistryWorkbookReader.Read(stream, ImportLimits.Default, VietnamTime.Today(clock), known);
        return file.CanApply ? (file, await ImportCodes.LoadAsync(db, file, access, cancellationToken).ConfigureAwait(false)) : (file, null);
    }
}

/// <summary>A checked upload: the file's rows and issues, the problems against the database, and whose scope it was checked in.</summary>
/// <param name="Codes">The codes resolved for the check (none when the file itself has issues): an upload applied in the
/// same request hands them to the applier instead of resolving them again.</param>
public sealed record ValidatedUpload(RegistryImportResult File, IReadOnlyList<ImportIssue> DatabaseProblems, UserAccess Access, ImportCodes? Codes = null);
