using Npgsql;
using QuyHoach.Data.Audit;

namespace QuyHoach.Web.Tests.Planning;

/// <summary>
/// The audit log after a planning flow, read straight from <c>audit_events</c>: one event per action with the account
/// that did it, the correction with its reason and the tally before and after, and the hash chain intact.
/// </summary>
internal static class PlanningAuditLog
{
    private static readonly string[] Prefixes = ["round.", "conference.", "ballot.", "tally.", "results.", "head_decision.", "document."];

    /// <summary>"action actor" → how many events, for the planning actions only.</summary>
    public static async Task<Dictionary<string, int>> CountsAsync(string connectionString)
    {
        var rows = await ReadAsync(connectionString);
        return rows.Where(r => Prefixes.Any(p => r.Action.StartsWith(p, StringComparison.Ordinal)))
            .GroupBy(r => $"{r.Action} {r.ActorName}", StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public static async Task<List<(string Action, string ActorName, string? Before, string? After)>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT action, actor_name, before::text, after::text FROM audit_events ORDER BY id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string?, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return rows;
    }

    /// <summary>The department's annual review flow, counted by hand from AnnualReviewSeed001Tests and Seed001Documents (refused requests write nothing).</summary>
    public static async Task AssertSeed001Async(string connectionString)
    {
        var expected = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["round.created chuyenvien"] = 1,
            ["round.step_changed chuyenvien"] = 1,
            ["round.source_list_changed chuyenvien"] = 2,
            ["conference.opened chuyenvien"] = 4,
            ["conference.committee_set chuyenvien"] = 4,
            ["conference.invitees_added chuyenvien"] = 2,
            ["ballot.write_in_added chuyenvien"] = 1,
            ["conference.attendance_recorded chuyenvien"] = 5,
            ["tally.entered kiemphieu"] = 4,
            ["tally.entered kiemphieu2"] = 5,
            ["tally.mismatch_resolved kiemphieu2"] = 1,
            ["results.computed kiemphieu"] = 4,
            ["tally.corrected kiemphieu"] = 1,
            ["head_decision.recorded lanhdao"] = 1,
            ["round.closed lanhdao"] = 1,
            ["document.generated chuyenvien"] = 3,
            ["document.generated daibieu"] = 1,
        };
        var actual = await CountsAsync(connectionString);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));

        var corrected = Assert.Single(await ReadAsync(connectionString), r => r.Action == "tally.corrected");
        Assert.Contains("\"valid\": 5", corrected.Before, StringComparison.Ordinal);
        Assert.Contains("\"valid\": 4", corrected.After, StringComparison.Ordinal);
        Assert.Contains("Đếm lại: một phiếu gạch xóa không hợp lệ", corrected.After, StringComparison.Ordinal);

        var chain = await AuditChainVerifier.VerifyAsync(connectionString);
        Assert.True(chain.Valid, chain.Reason);
    }
}
