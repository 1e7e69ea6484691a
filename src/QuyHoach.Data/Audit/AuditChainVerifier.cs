using System.Globalization;
using Npgsql;

namespace QuyHoach.Data.Audit;

/// <summary>The outcome of checking the chain: how many rows, and the first row that does not hold.</summary>
/// <param name="Records">Every row of the log.</param>
/// <param name="FirstBrokenId">The first row whose content or link is wrong; null when the chain holds.</param>
/// <param name="Reason">Why that row is wrong, in Vietnamese.</param>
public sealed record AuditChainReport(long Records, long? FirstBrokenId, string? Reason)
{
    public bool Valid => FirstBrokenId is null;
}

/// <summary>
/// Kiểm tra chuỗi nhật ký: walks <c>audit_events</c> in id order, recomputing each row's hash with the same SQL
/// function the insert trigger used, and checking that each row points at the hash of the row before it. An edited
/// row fails its own hash; a removed or inserted row breaks the link of the row after it.
/// </summary>
public static class AuditChainVerifier
{
    /// <summary>The <c>prev_hash</c> of the first row.</summary>
    public static readonly string Genesis = new('0', 64);

    public static async Task<AuditChainReport> VerifyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT a.id, a.prev_hash, a.hash, audit_event_hash(a) FROM audit_events a ORDER BY a.id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long records = 0;
        long? previousId = null;
        var previousHash = Genesis;
        long? brokenId = null;
        string? reason = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records++;
            if (brokenId is not null)
            {
                continue;
            }

            var id = reader.GetInt64(0);
            var prevHash = reader.GetString(1);
            var hash = reader.GetString(2);
            var expected = reader.GetString(3);
            if (hash != expected)
            {
                (brokenId, reason) = (id, Invariant($"Nội dung bản ghi {id} không khớp với mã băm đã lưu: bản ghi đã bị sửa sau khi ghi."));
            }
            else if (prevHash != previousHash)
            {
                (brokenId, reason) = (id, previousId is { } before
                    ? Invariant($"Bản ghi {id} không nối tiếp bản ghi {before}: bản ghi {before} đã bị sửa, hoặc có bản ghi bị xóa hay chèn vào giữa hai bản ghi này.")
                    : Invariant($"Bản ghi đầu tiên ({id}) không phải điểm bắt đầu của chuỗi: các bản ghi trước nó đã bị xóa."));
            }

            previousId = id;
            previousHash = hash;
        }

        return new AuditChainReport(records, brokenId, reason);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
