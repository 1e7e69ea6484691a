using System.IO.Compression;

namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Tệp hồ sơ được chấp nhận: PDF, PNG, JPEG scans and Word (.docx) files, at most <see cref="MaxBytes"/>, recognised by
/// their content and not only by their name, so a renamed executable or script is refused before anything is kept.
/// The one check of every uploaded file: the dossier's items and the evidence that closes a development item.
/// </summary>
public static class DossierFiles
{
    /// <summary>10 MB: a scanned A4 dossier item at 300 dpi fits; larger uploads are refused. Not a legal limit.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public const string Accepted = "Chỉ nhận tệp PDF, ảnh (PNG, JPEG) hoặc Word (.docx), tối đa 10 MB.";

    /// <summary>The file's clean name and content type, or the Vietnamese refusal (empty, too large, wrong format).</summary>
    public static Outcome<(string Name, string ContentType)> Check(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0 || content.LongLength > MaxBytes)
        {
            return Refusal.BadInput(content.Length == 0 ? "Tệp rỗng: hãy chọn tệp cần tải lên." : "Tệp quá lớn. " + Accepted);
        }

        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length is 0 or > 255 || Recognise(name, content) is not { } contentType)
        {
            return Refusal.BadInput($"Tệp \"{name}\" không đúng định dạng. " + Accepted);
        }

        return (name, contentType);
    }

    /// <summary>Reads at most one byte more than the limit, so an oversized upload is refused without buffering it whole.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var input = file.OpenReadStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The content type of an accepted file, or null with the file refused.</summary>
    public static string? Recognise(string fileName, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".pdf" when content.StartsWith("%PDF-"u8) => "application/pdf",
            ".png" when content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) => "image/png",
            ".jpg" or ".jpeg" when content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => "image/jpeg",
            ".docx" when content.StartsWith("PK\u0003\u0004"u8) && IsWordPackage(content) => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => null,
        };
    }

    /// <summary>A .docx is a zip with the main document part; anything else under that name is refused.</summary>
    private static bool IsWordPackage(ReadOnlySpan<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray()), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
