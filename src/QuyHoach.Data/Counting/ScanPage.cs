namespace QuyHoach.Data.Counting;

/// <summary>
/// Ảnh một trang quét: the page as read (grey PNG), hashed with SHA-256 and listed by hash in the minutes' annex. Sealed
/// with its step's results: served only to whoever may see them (ResultVisibilityPolicy, R-DISC-1).
/// </summary>
public sealed class ScanPage
{
    public Guid Id { get; set; }

    public Guid UploadId { get; set; }

    /// <summary>Position in the upload, from 0.</summary>
    public int Index { get; set; }

    public byte[] Png { get; set; } = [];

    /// <summary>SHA-256 of <see cref="Png"/>, 64 hexadecimal digits.</summary>
    public string Hash { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }
}
