namespace QuyHoach.Data.Uploads;

/// <summary>
/// Tệp đã tải lên, chờ xác nhận: the one mechanism behind every upload kept in the database until its owner confirms
/// it (the registry workbook of Nhập dữ liệu, <see cref="Imports.ImportSession"/>; a file from the national database,
/// <see cref="Exchange.ExchangeUpload"/>), so that any instance can show or finish it and a restart loses nothing. It
/// belongs to the account that uploaded it, the only one who may see or confirm it, and is gone once it expires. The
/// feature's own content (rows, report, problems) is JSON the feature writes and reads; this type only stores it.
/// </summary>
public abstract class UploadSession
{
    public const int FileNameMaxLength = 260;

    public Guid Id { get; set; }

    /// <summary>The account that uploaded the file: the only one who may see or confirm it.</summary>
    public Guid OwnerId { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>What confirming it wrote (jsonb), null before.</summary>
    public string? Outcome { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this moment the upload is gone (the import keeps one being applied).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>A new upload of <paramref name="ownerId"/> at <paramref name="now"/>, its name cut to the column, kept for
    /// <paramref name="lifetime"/>.</summary>
    public static T Start<T>(Guid ownerId, string fileName, DateTimeOffset now, TimeSpan lifetime)
        where T : UploadSession, new()
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return new T
        {
            Id = Guid.CreateVersion7(),
            OwnerId = ownerId,
            FileName = fileName.Length > FileNameMaxLength ? fileName[..FileNameMaxLength] : fileName,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
    }
}

/// <summary>The reads every upload store shares: its owner's live upload, and the expired ones swept at the next upload.</summary>
public static class UploadSessions
{
    /// <summary>Upload <paramref name="id"/> if <paramref name="ownerId"/> owns it and it has not expired at <paramref name="now"/>.</summary>
    public static IQueryable<T> Owned<T>(this IQueryable<T> sessions, Guid id, Guid ownerId, DateTimeOffset now)
        where T : UploadSession =>
        sessions.Where(s => s.Id == id && s.OwnerId == ownerId && s.ExpiresAt > now);

    /// <summary>Deletes the uploads of <paramref name="sessions"/> that expired before <paramref name="now"/>.</summary>
    public static Task<int> DeleteExpiredAsync<T>(this IQueryable<T> sessions, DateTimeOffset now, CancellationToken cancellationToken)
        where T : UploadSession =>
        sessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>The columns, indexes and owner key every upload table shares.</summary>
internal static class UploadSessionMapping
{
    public static void Map<T>(EntityTypeBuilder<T> builder, string table)
        where T : UploadSession
    {
        builder.ToTable(table);
        builder.Property(s => s.FileName).HasMaxLength(UploadSession.FileNameMaxLength);
        builder.Property(s => s.Outcome).HasColumnType("jsonb");
        builder.HasIndex(s => s.OwnerId);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
