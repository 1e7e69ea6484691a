using PdfSharp.Fonts;

namespace QuyHoach.Documents.Pdf;

/// <summary>
/// Installs <see cref="VietnameseFontResolver"/> once per process. PDFsharp keeps one global resolver that may be set
/// only once (and not after fonts were used), so the first document to need it sets it under a lock.
/// </summary>
public static class PdfFonts
{
    private static readonly Lock Gate = new();

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
