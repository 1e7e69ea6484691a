using PdfSharp.Fonts;
using PdfSharp.License;
using PdfSharp.Pdf;

namespace QuyHoach.Documents.Pdf;

/// <summary>
/// Installs <see cref="VietnameseFontResolver"/> once per process. PDFsharp keeps one global resolver that may be set
/// only once (and not after fonts were used), so the first document to need it sets it under a lock.
/// </summary>
public static class PdfFonts
{
    private static readonly Lock Gate = new();

    /// <summary>
    /// PDFsharp 6.5 refuses to write until the host has chosen its licence: <c>PdfSharpLicense.SetAgplLicense()</c>
    /// (free, AGPL terms) or <c>PdfSharpLicense.LoadLicense(key)</c> (commercial). Which one is the project's decision,
    /// so this library never chooses: the host does it at start-up, and without it this says so plainly.
    /// </summary>
    public static void EnsureLicensed()
    {
        try
        {
            using var probe = new PdfDocument();
        }
        catch (PdfSharpLicenseException e)
        {
            throw new InvalidOperationException(
                "Chưa nạp giấy phép PDFsharp: ứng dụng phải gọi PdfSharpLicense.SetAgplLicense() (AGPL) hoặc " +
                "PdfSharpLicense.LoadLicense(mã giấy phép thương mại) khi khởi động, trước khi tạo PDF.", e);
        }
    }

    /// <summary>Sets the resolver if no resolver is set yet; throws if another kind of resolver was set first.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = new VietnameseFontResolver();
                    break;
                case VietnameseFontResolver:
                    break;
                default:
                    throw new InvalidOperationException(
                        $"PDFsharp đã dùng bộ phân giải phông chữ khác ({GlobalFontSettings.FontResolver.GetType().Name}); không thể dùng phông chữ tiếng Việt.");
            }
        }
    }
}
