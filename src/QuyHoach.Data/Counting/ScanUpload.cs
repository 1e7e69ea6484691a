namespace QuyHoach.Data.Counting;

/// <summary>
/// Lần tải bản quét: one file of scanned ballot sheets uploaded by a member of a conference's counting committee. The
/// work state lives here, not in an instance's memory, so any instance shows or finishes the reading and a restart
/// loses nothing: Queued → Reading (claimed by one conditional UPDATE, kept alive by a heartbeat; a stale claim is
/// taken over) → Read | Failed. The file is kept until its pages are stored, then cleared. Nothing here records who
/// received which sheet (ADR 0013, ADR 0019).
/// </summary>
public sealed class ScanUpload
{
    public const int FileNameMaxLength = 260;

    /// <summary>One upload per member, conference and file content: a repeated submission finds the first one.</summary>
    public const string SameFileIndex = "ux_scan_uploads_same_file";

    public Guid Id { get; set; }

    public Guid ConferenceId { get; set; }

    public Guid UploadedByUserId { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>SHA-256 of the uploaded file, 64 hexadecimal digits.</summary>
    public string FileHash { get; set; } = "";

    /// <summary>The file until its pages are stored; empty afterwards.</summary>
    public byte[] Content { get; set; } = [];

    public ScanState State { get; set; }

    /// <summary>0–100 while reading.</summary>
    public int Progress { get; set; }

    /// <summary>Pages found in the file (0 until decoded).</summary>
    public int Pages { get; set; }

    /// <summary>Last sign of life of the instance reading it.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }
}

/// <summary>Trạng thái đọc bản quét.</summary>
public enum ScanState
{
    /// <summary>Chờ đọc.</summary>
    Queued,

    /// <summary>Đang đọc.</summary>
    Reading,

    /// <summary>Đã đọc xong.</summary>
    Read,

    /// <summary>Không đọc được trang nào.</summary>
    Failed,
}
