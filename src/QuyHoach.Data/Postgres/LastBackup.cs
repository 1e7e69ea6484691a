using System.Text.Json;

namespace QuyHoach.Data.Postgres;

/// <summary>
/// Lần sao lưu gần nhất: what <c>qh backup</c> records in the data folder (<c>last-backup.json</c>) once a backup is
/// complete, so the administrator's health page can show its age. A file beside the cluster rather than a row in the
/// database: a row written after the dump would make every backup differ from the database it was taken of, and a
/// backup of a standby cannot write at all.
/// </summary>
/// <param name="TakenAt">When the backup finished.</param>
/// <param name="Kind"><c>dump</c> (pg_dump file) or <c>base</c> (base backup of the private cluster).</param>
/// <param name="Target">The file or folder written.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="AuditHead">The audit log's head recorded in the backup (<c>HASH:COUNT</c>).</param>
public sealed record LastBackup(DateTimeOffset TakenAt, string Kind, string Target, long Bytes, string AuditHead)
{
    public const string FileName = "last-backup.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Replaces the record in <paramref name="dataFolder"/> (written beside, then renamed: never half a file).</summary>
    public async Task WriteAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var target = Path.Combine(dataFolder, FileName);
        var temporary = target + ".tmp";
        await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(this, Json), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The record in <paramref name="dataFolder"/>, or null when no backup was recorded there (or it is unreadable).</summary>
    public static async Task<LastBackup?> ReadAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var file = Path.Combine(dataFolder, FileName);
        try
        {
            await using var stream = File.OpenRead(file);
            return await JsonSerializer.DeserializeAsync<LastBackup>(stream, Json, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
