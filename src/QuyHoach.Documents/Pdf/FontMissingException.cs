namespace QuyHoach.Documents.Pdf;

/// <summary>
/// No Vietnamese serif font on this machine (VietnameseFontResolver.Installed is null): no PDF can be made nor chart
/// drawn until the administrator installs one (<see cref="VietnameseFontResolver.Package"/>). The message says so in
/// Vietnamese; the web app answers it as 503 with its own text (ApiExceptionHandler.StatusFor), never as a fault of the
/// request, and the report pages show their charts' tables instead.
/// </summary>
public sealed class FontMissingException : InvalidOperationException
{
    public FontMissingException()
        : base($"Không tìm thấy phông chữ Liberation Serif hoặc Tinos (cùng kích thước chữ với Times New Roman, đủ dấu tiếng Việt) " +
               $"để tạo PDF và vẽ biểu đồ. Hãy cài gói {VietnameseFontResolver.Package} (apt-get install {VietnameseFontResolver.Package}) hoặc fonts-croscore rồi chạy lại.")
    {
    }

    public FontMissingException(string message)
        : base(message)
    {
    }

    public FontMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
