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
        buffer.Position = 0;
        var access = await resolver.ForAsync(user, cancellationToken).ConfigureAwait(false);
        var file = RegistryWorkbookReader.Read(buffer, ImportLimits.Default, VietnamTime.Today(clock), ImportCodes.Known(db, access));
        var codes = file.CanApply ? await ImportCodes.LoadAsync(db, file, access, cancellationToken).ConfigureAwait(false) : null;
        return new ValidatedUpload(file, access, codes);
    }
}

/// <summary>A checked upload: the file's rows and issues, whose scope it was checked in, and its codes resolved against the database.</summary>
/// <param name="Codes">None when the file itself has issues. An upload applied in the same request (the API) hands them
/// to the applier instead of resolving them again.</param>
public sealed record ValidatedUpload(RegistryImportResult File, UserAccess Access, ImportCodes? Codes)
{
    /// <summary>The problems of the file's codes against the database and the user's scope.</summary>
    public IReadOnlyList<ImportIssue> DatabaseProblems => Codes?.Problems ?? [];
}
