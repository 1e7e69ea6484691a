using PdfSharp;

namespace QuyHoach.Web.Features.Plans;

/// <summary>
/// PDFsharp 6.5 writes nothing until the host chooses its licence (docs/adr/0006-pdf-licence.md): a commercial key in
/// <c>Pdf:LicenseKey</c> when the operator has bought one, else the AGPL-3.0 terms the package is published under,
/// which oblige whoever serves the app to offer its source to its users.
/// </summary>
public static class PdfLicensing
{
    public static void Apply(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Pdf:LicenseKey"] is { Length: > 0 } key)
        {
            PdfSharpLicense.LoadLicense(key);
        }
        else
        {
            PdfSharpLicense.SetAgplLicense();
        }
    }
}
