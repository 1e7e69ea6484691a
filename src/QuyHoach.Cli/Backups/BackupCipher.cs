using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QuyHoach.Cli.Backups;

/// <summary>
/// The encrypted backup: <c>QHBAK-E1</c>, the length and text of a JSON header (key derivation, key check, audit
/// head), then the dump in chunks of 1 MiB sealed with AES-256-GCM. The key comes from the passphrase by
/// PBKDF2-SHA256 with a random salt, so it is new for every file and each chunk's nonce is its number. Every chunk is
/// bound to the header (its hash is the associated data) and says whether it is the last, so a changed header, a
/// changed, swapped or dropped chunk, or a cut file is detected.
/// </summary>
internal static class BackupCipher
{
    public static readonly byte[] Magic = "QHBAK-E1"u8.ToArray();
    private const int ChunkSize = 1 << 20;
    private const int TagSize = 16;
    private const int Iterations = 600_000;
    private static readonly byte[] CheckLabel = "quyhoach-backup-key-check"u8.ToArray();

    private sealed record Header(string Kdf, int Iterations, string Salt, string Check, string? AuditHead);

    /// <summary>Encrypts everything read from <paramref name="plain"/> into <paramref name="output"/>.</summary>
    public static async Task EncryptAsync(Stream plain, Stream output, string passphrase, string? auditHead, CancellationToken cancellationToken)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = DeriveKey(passphrase, salt, Iterations);
        var header = JsonSerializer.SerializeToUtf8Bytes(new Header("pbkdf2-sha256", Iterations, Convert.ToBase64String(salt), Convert.ToBase64String(HMACSHA256.HashData(key, CheckLabel)), auditHead));
        var prefix = Prefix(header);
        await output.WriteAsync(prefix, cancellationToken).ConfigureAwait(false);
        var bound = SHA256.HashData(prefix);
        using var aes = new AesGcm(key, TagSize);
        var current = new byte[ChunkSize];
        var next = new byte[ChunkSize];
        var length = await plain.ReadAtLeastAsync(current, ChunkSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        for (long index = 0; ; index++)
        {
            var nextLength = length < ChunkSize ? 0 : await plain.ReadAtLeastAsync(next, ChunkSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var final = nextLength == 0;
            var sealedChunk = new byte[5 + length + TagSize];
            sealedChunk[0] = final ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteInt32BigEndian(sealedChunk.AsSpan(1, 4), length);
            aes.Encrypt(Nonce(index), current.AsSpan(0, length), sealedChunk.AsSpan(5, length), sealedChunk.AsSpan(5 + length, TagSize), Associated(bound, final));
            await output.WriteAsync(sealedChunk, cancellationToken).ConfigureAwait(false);
            if (final)
            {
                return;
            }

            (current, next, length) = (next, current, nextLength);
        }
    }

    /// <summary>An encrypted file whose passphrase was found right: its head, and where its chunks start.</summary>
    public sealed record Opened(string? AuditHead, long PayloadOffset, byte[] Key, byte[] Bound);

    /// <summary>Reads the header and checks the passphrase (the key is derived once, here).</summary>
    /// <exception cref="BackupFileException">Wrong passphrase, or not an encrypted backup.</exception>
    public static async Task<Opened> OpenAsync(Stream input, string passphrase, CancellationToken cancellationToken)
    {
        var (header, key, bound) = await ReadHeaderAsync(input, passphrase, cancellationToken).ConfigureAwait(false);
        return new Opened(header.AuditHead, input.Position, key, bound);
    }

    /// <summary>Decrypts the chunks of <paramref name="input"/> (from <see cref="Opened.PayloadOffset"/>) into
    /// <paramref name="output"/> (null: only checks every chunk).</summary>
    /// <exception cref="BackupFileException">The file was changed or cut.</exception>
    public static async Task DecryptAsync(Stream input, Stream? output, Opened opened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(opened);
        input.Position = opened.PayloadOffset;
        var bound = opened.Bound;
        using var aes = new AesGcm(opened.Key, TagSize);
        var head = new byte[5];
        for (long index = 0; ; index++)
        {
            if (await input.ReadAtLeastAsync(head, 5, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) < 5)
            {
                throw Damaged();
            }

            var final = head[0] == 1;
            var length = BinaryPrimitives.ReadInt32BigEndian(head.AsSpan(1));
            if (head[0] > 1 || length is < 0 or > ChunkSize)
            {
                throw Damaged();
            }

            var sealedChunk = new byte[length + TagSize];
            await ReadExactlyAsync(input, sealedChunk, cancellationToken).ConfigureAwait(false);
            var plain = new byte[length];
            try
            {
                aes.Decrypt(Nonce(index), sealedChunk.AsSpan(0, length), sealedChunk.AsSpan(length), plain, Associated(bound, final));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw Damaged();
            }

            if (output is not null)
            {
                await output.WriteAsync(plain, cancellationToken).ConfigureAwait(false);
            }

            if (final)
            {
                if (input.ReadByte() != -1)
                {
                    throw Damaged();
                }

                return;
            }
        }
    }

    private static async Task<(Header Header, byte[] Key, byte[] Bound)> ReadHeaderAsync(Stream input, string passphrase, CancellationToken cancellationToken)
    {
        var fixedPart = new byte[Magic.Length + 4];
        await ReadExactlyAsync(input, fixedPart, cancellationToken).ConfigureAwait(false);
        var length = BinaryPrimitives.ReadInt32BigEndian(fixedPart.AsSpan(Magic.Length));
        if (!fixedPart.AsSpan(0, Magic.Length).SequenceEqual(Magic) || length is <= 0 or > 64 * 1024)
        {
            throw Damaged();
        }

        var headerBytes = new byte[length];
        await ReadExactlyAsync(input, headerBytes, cancellationToken).ConfigureAwait(false);
        Header header;
        byte[] salt, check;
        try
        {
            header = JsonSerializer.Deserialize<Header>(headerBytes, CliJson) ?? throw Damaged();
            (salt, check) = (Convert.FromBase64String(header.Salt), Convert.FromBase64String(header.Check));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentNullException)
        {
            throw Damaged();
        }

        if (header.Kdf != "pbkdf2-sha256" || header.Iterations is < 100_000 or > 10_000_000)
        {
            throw Damaged();
        }

        var key = DeriveKey(passphrase, salt, header.Iterations);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, CheckLabel), check))
        {
            throw new BackupFileException("Mật khẩu không đúng: không giải mã được bản sao lưu này. Không có gì bị thay đổi.");
        }

        return (header, key, SHA256.HashData(Prefix(headerBytes)));
    }

    private static readonly JsonSerializerOptions CliJson = new(JsonSerializerDefaults.Web);

    private static byte[] DeriveKey(string passphrase, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, iterations, HashAlgorithmName.SHA256, 32);

    private static byte[] Prefix(byte[] header)
    {
        var prefix = new byte[Magic.Length + 4 + header.Length];
        Magic.CopyTo(prefix, 0);
        BinaryPrimitives.WriteInt32BigEndian(prefix.AsSpan(Magic.Length, 4), header.Length);
        header.CopyTo(prefix, Magic.Length + 4);
        return prefix;
    }

    private static byte[] Nonce(long index)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), index);
        return nonce;
    }

    private static byte[] Associated(byte[] bound, bool final) => [.. bound, final ? (byte)1 : (byte)0];

    private static async Task ReadExactlyAsync(Stream input, byte[] buffer, CancellationToken cancellationToken)
    {
        if (await input.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) < buffer.Length)
        {
            throw Damaged();
        }
    }

    private static BackupFileException Damaged() =>
        new("Bản sao lưu đã mã hóa bị hỏng hoặc bị sửa (không xác thực được nội dung): không khôi phục. Không có gì bị thay đổi.");
}
