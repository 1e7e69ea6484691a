using System.Globalization;
using Npgsql;

namespace QuyHoach.Data.Audit;

/// <summary>The outcome of checking the chain: how many rows, and the first row that does not hold.</summary>
/// <param name="Records">Every row of the log.</param>
/// <param name="FirstBrokenId">The first row whose content, link or time is wrong; null when the chain holds.</param>
/// <param name="Reason">Why the chain or the head does not hold, in Vietnamese.</param>
/// <param name="HeadMatches">Whether the recorded head was found; null when no head was given.</param>
public sealed record AuditChainReport(long Records, long? FirstBrokenId, string? Reason, bool? HeadMatches = null)
{
    public bool Valid => FirstBrokenId is null && HeadMatches != false;
}

/// <summary>
/// Kiểm tra chuỗi nhật ký: walks <c>audit_events</c> in id order, recomputing each row's hash with the same SQL
/// function the insert trigger used, and checking that each row points at the hash of the row before it and is not
/// dated before it. An edited row fails its own hash; a removed or inserted row breaks the link of the row after it;
/// a row inserted at the end with a recomputed hash but an earlier time (the trigger switched off) fails the time
/// check. Removing the newest rows leaves a valid, shorter chain: only a head recorded earlier outside the database
/// (<see cref="AuditChainHead"/>) shows it.
/// </summary>
public static class AuditChainVerifier
{
    /// <summary>The <c>prev_hash</c> of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public static async Task<AuditChainReport> VerifyAsync(string connectionString, CancellationToken cancellationToken = default) =>
        await VerifyAsync(connectionString, null, cancellationToken).ConfigureAwait(false);

    /// <summary>Checks the chain and, when <paramref name="head"/> is given, that its row is still there unchanged.</summary>
    public static async Task<AuditChainReport> VerifyAsync(string connectionString, AuditChainHead? head, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT a.id, a.prev_hash, a.hash, audit_event_hash(a), a.occurred_at FROM audit_events a ORDER BY a.id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long records = 0;
        long? previousId = null;
        var previousHash = Genesis;
        var previousTime = DateTime.MinValue;
        long? brokenId = null;
        string? reason = null;
        (long Id, string Hash)? headRow = head is { Count: 0 } ? (0, Genesis) : null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records++;
            var id = reader.GetInt64(0);
            var hash = reader.GetString(2);
            if (records == head?.Count)
            {
                headRow = (id, hash);
            }

            if (brokenId is null)
            {
                var time = reader.GetDateTime(4);
                (brokenId, reason) = Check(id, reader.GetString(1), hash, reader.GetString(3), time, previousId, previousHash, previousTime);
                (previousId, previousHash, previousTime) = (id, hash, time);
            }
        }

        if (head is null)
        {
            return new AuditChainReport(records, brokenId, reason);
        }

        var headReason = headRow switch
        {
            null => Invariant($"Nhật ký chỉ còn {records} bản ghi, ít hơn {head.Count} bản ghi của mốc đã ghi nhận: các bản ghi mới nhất đã bị xóa."),
            var (rowId, rowHash) when rowHash != head.Hash =>
                Invariant($"Bản ghi thứ {head.Count} (mã {rowId}) không mang mã băm của mốc đã ghi nhận: nhật ký đã bị viết lại từ bản ghi này trở về trước."),
            _ => null,
        };
        return new AuditChainReport(records, brokenId, reason is null ? headReason : headReason is null ? reason : reason + " " + headReason, headReason is null);
    }

    private static (long?, string?) Check(long id, string prevHash, string hash, string expected, DateTime time, long? previousId, string previousHash, DateTime previousTime)
    {
        if (hash != expected)
        {
            return (id, Invariant($"Nội dung bản ghi {id} không khớp với mã băm đã lưu: bản ghi đã bị sửa sau khi ghi."));
        }

        if (prevHash != previousHash)
        {
            return (id, previousId is { } before
                ? Invariant($"Bản ghi {id} không nối tiếp bản ghi {before}: bản ghi {before} đã bị sửa, hoặc có bản ghi bị xóa hay chèn vào giữa hai bản ghi này.")
                : Invariant($"Bản ghi đầu tiên ({id}) không phải điểm bắt đầu của chuỗi: các bản ghi trước nó đã bị xóa."));
        }

        // The trigger stamps each row with the clock while holding the chain's lock, so times never go backwards
        // along the id order; a row dated before its predecessor was written with the trigger switched off.
        if (time < previousTime)
        {
            return (id, Invariant($"Thời điểm ghi của bản ghi {id} ({Utc(time)}) sớm hơn bản ghi {previousId} đứng trước nó ({Utc(previousTime)}): bản ghi đã được chèn ngoài ứng dụng với thời điểm lùi về trước."));
        }

        return (null, null);
    }

    private static string Utc(DateTime time) => time.ToString("dd/MM/yyyy HH:mm:ss.ffffff 'UTC'", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
