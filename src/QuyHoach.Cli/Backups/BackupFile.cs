using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace QuyHoach.Cli.Backups;

/// <summary>A backup file's problem (wrong passphrase, damaged, not a backup): the message is Vietnamese.</summary>
internal sealed class BackupFileException(string message) : Exception(message);

/// <summary>What a backup file holds, read without restoring it.</summary>
/// <param name="AuditHead">The audit log's head recorded in the file at backup time; null for a bare pg_dump file.</param>
/// <param name="DumpLength">Bytes of pg_dump output at the start of a plain file (before the trailer).</param>
/// <param name="Sealed">Sealed with a passphrase (<see cref="BackupCipher"/>): the opened file (its key); null for a plain one.</param>
internal sealed record BackupContents(string? AuditHead, long DumpLength, BackupCipher.Opened? Sealed = null);

/// <summary>
/// The file <c>qh backup</c> writes. Plain: pg_dump's custom format as is (pg_restore reads it directly and ignores
/// what follows), then a trailer that records the audit head: its JSON, the JSON's length (4 bytes) and
/// <c>QHBAK-T1</c>. Encrypted: <see cref="BackupCipher"/>'s format, the head in its authenticated header.
/// </summary>
internal static class BackupFile
{
    private static readonly byte[] TrailerMagic = "QHBAK-T1"u8.ToArray();
    private static readonly byte[] DumpMagic = "PGDMP"u8.ToArray();

    private sealed record Trailer(string AuditHead);

    /// <summary>Writes everything read from <paramref name="dump"/> into the new file <paramref name="file"/> (mode
    /// 0600 from its creation), then awaits <paramref name="finished"/> (which throws when the dump failed); the file
    /// is removed when anything fails.</summary>
    public static async Task WriteAsync(string file, Stream dump, Func<Task> finished, string auditHead, string? passphrase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dump);
        ArgumentNullException.ThrowIfNull(finished);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var completed = false;
        var output = new FileStream(file, options);
        try
        {
            await using (output.ConfigureAwait(false))
            {
                if (passphrase is null)
                {
                    await dump.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
                    await finished().ConfigureAwait(false);
                    var json = JsonSerializer.SerializeToUtf8Bytes(new Trailer(auditHead));
                    var length = new byte[4];
                    BinaryPrimitives.WriteInt32BigEndian(length, json.Length);
                    await output.WriteAsync(json, cancellationToken).ConfigureAwait(false);
                    await output.WriteAsync(length, cancellationToken).ConfigureAwait(false);
                    await output.WriteAsync(TrailerMagic, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await BackupCipher.EncryptAsync(dump, output, passphrase, auditHead, cancellationToken).ConfigureAwait(false);
                    await finished().ConfigureAwait(false);
                }

                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                output.Flush(flushToDisk: true);
            }

            completed = true;
        }
        finally
        {
            if (!completed)
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Reads what the file holds; an encrypted file is checked against <paramref name="passphrase"/> and read
    /// through to the end, so a damaged file is refused before anything is restored.</summary>
    public static async Task<BackupContents> InspectAsync(string file, string? passphrase, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(file);
        var start = new byte[BackupCipher.Magic.Length];
        var read = await input.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        input.Position = 0;
        if (read == start.Length && start.AsSpan().SequenceEqual(BackupCipher.Magic))
        {
            if (passphrase is null)
            {
                throw new BackupFileException("Bản sao lưu này đã được mã hóa: hãy cho biết tệp mật khẩu bằng --passphrase-file.");
            }

            var opened = await BackupCipher.OpenAsync(input, passphrase, cancellationToken).ConfigureAwait(false);
            await BackupCipher.DecryptAsync(input, null, opened, cancellationToken).ConfigureAwait(false);
            return new BackupContents(opened.AuditHead, 0, opened);
        }

        if (read < DumpMagic.Length || !start.AsSpan(0, DumpMagic.Length).SequenceEqual(DumpMagic))
        {
            throw new BackupFileException($"Tệp {file} không phải một bản sao lưu của qh backup (cũng không phải tệp pg_dump định dạng custom).");
        }

        return ReadTrailer(input);
    }

    /// <summary>Copies the pg_dump bytes of the file (decrypted when it is encrypted) into <paramref name="destination"/>.</summary>
    public static async Task CopyDumpAsync(string file, BackupContents contents, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contents);
        await using var input = File.OpenRead(file);
        if (contents.Sealed is { } opened)
        {
            await BackupCipher.DecryptAsync(input, destination, opened, cancellationToken).ConfigureAwait(false);
            return;
        }

        var buffer = new byte[81920];
        var left = contents.DumpLength;
        while (left > 0)
        {
            var read = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            left -= read;
        }
    }

    private static BackupContents ReadTrailer(FileStream input)
    {
        var tail = new byte[4 + TrailerMagic.Length];
        if (input.Length < tail.Length)
        {
            return new BackupContents(null, input.Length);
        }

        input.Seek(-tail.Length, SeekOrigin.End);
        input.ReadExactly(tail);
        var length = BinaryPrimitives.ReadInt32BigEndian(tail);
        if (!tail.AsSpan(4).SequenceEqual(TrailerMagic) || length <= 0 || length > input.Length - tail.Length)
        {
            // A bare pg_dump file (an older qh backup, or pg_dump itself): no head recorded.
            return new BackupContents(null, input.Length);
        }

        var json = new byte[length];
        input.Seek(-tail.Length - length, SeekOrigin.End);
        input.ReadExactly(json);
        try
        {
            var trailer = JsonSerializer.Deserialize<Trailer>(json);
            return new BackupContents(trailer?.AuditHead, input.Length - tail.Length - length);
        }
        catch (JsonException)
        {
            throw new BackupFileException("Phần cuối của bản sao lưu (mốc nhật ký kiểm tra) bị hỏng: " + Encoding.UTF8.GetString(json));
        }
    }
}
