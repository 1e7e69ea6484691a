namespace QuyHoach.Web.Features.Counting;

/// <summary>A stored upload: its id, and whether this submission added it (false: the same file was already uploaded).</summary>
public sealed record ScanUploadView(Guid Id, bool Added);

/// <summary>
/// Tải lên bản quét: a member of the conference's counting committee uploads what the scanner produced — a PDF of many
/// pages, or a JPEG, PNG or TIFF page (a TIFF may hold many). A file that is none of these is refused with nothing
/// stored; the same file again answers with the first upload. The reading runs in the background (<see cref="ScanReader"/>).
/// </summary>
public sealed class ScanUploadHandler(QuyHoachDbContext db, ScanUploads uploads, ScanReader reader)
{
    /// <summary>The largest file accepted: about 300 pages scanned at 300 dpi in grey.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    public const string BadFileMessage = "Tệp tải lên không phải bản quét đọc được: hãy tải tệp PDF, hoặc ảnh JPEG, PNG, TIFF do máy quét tạo ra. Chưa có gì được ghi nhận.";

    public async Task<Outcome<ScanUploadView>> HandleAsync(PlanningActor actor, Guid conferenceId, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(content);
        var loaded = await ScanContext.LoadForCommitteeAsync(db, actor, conferenceId, cancellationToken).ConfigureAwait(false);
        if (loaded.Value is not { } at)
        {
            return loaded.Refusal!;
        }

        if (!IsScan(content))
        {
            return Refusal.BadInput(BadFileMessage);
        }

        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "ban-quet" : fileName.Trim());
        var (id, added) = await uploads.AddAsync(actor, conferenceId, name, content, at.Round.OrganisationId, cancellationToken).ConfigureAwait(false);
        if (added)
        {
            reader.Start(id, actor);
        }

        return new ScanUploadView(id, added);
    }

    /// <summary>Whether <paramref name="file"/> starts as a PDF, TIFF, PNG or JPEG does (the decoder reads only these).</summary>
    public static bool IsScan(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var head = file.AsSpan();
        return head.StartsWith("%PDF-"u8) || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)
            || head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]);
    }
}
