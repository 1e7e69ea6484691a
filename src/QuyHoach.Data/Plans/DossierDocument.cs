using System.Security.Cryptography;

namespace QuyHoach.Data.Plans;

/// <summary>
/// Một thành phần hồ sơ: one uploaded file for one of the six items of R-DOS-1, with the document's own date. A newer
/// upload for the same item supersedes the older one for completeness and freshness; the older stays (nothing lost).
/// </summary>
public sealed class DossierDocument
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>Thành phần 1–6 in the order of R-DOS-1.</summary>
    public int Item { get; set; }

    /// <summary>Ngày của văn bản (ngày ký, ngày xác nhận): what R-DOS-2 measures.</summary>
    public DateOnly DocumentDate { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex: proves the file kept is the file uploaded.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public Guid UploadedByUserId { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>A file kept for an item of a dossier, its size and SHA-256 taken from the content here.</summary>
    public static DossierDocument Kept(
        Guid dossierId, int item, DateOnly documentDate, string fileName, string contentType, byte[] content, Guid uploadedBy, DateTimeOffset uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new DossierDocument
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossierId,
            Item = item,
            DocumentDate = documentDate,
            FileName = fileName,
            ContentType = contentType,
            SizeBytes = content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedByUserId = uploadedBy,
            UploadedAt = uploadedAt,
        };
    }
}
