namespace QuyHoach.Documents.Registry.Reading;

/// <summary>
/// Stops reading a file that must be refused as a whole (hostile, damaged, wrong shape). Internal: it never leaves
/// <see cref="RegistryWorkbookReader.Read"/>, which turns it into <see cref="RegistryImportResult.Refusal"/>; it is an
/// exception only because a refusal can arise deep inside a streamed sheet.
/// </summary>
internal sealed class ImportRefusedException : Exception
{
    public ImportRefusedException(string message)
        : base(message)
    {
    }

    public ImportRefusedException()
    {
    }

    public ImportRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
