using Npgsql;
using QuyHoach.Data.Migrations;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Database;

public sealed class MigratingTests
{
    [Fact]
    public async Task TwoAppInstances_SameEmptyDatabase_MigrateItExactlyOnce()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync();
        try
        {
            await using var first = new QuyHoachAppFactory(connectionString);
            await using var second = new QuyHoachAppFactory(connectionString);
            using var start = new Barrier(2);
            await Task.WhenAll(
                Task.Run(() => { start.SignalAndWait(); first.StartServer(); }),
                Task.Run(() => { start.SignalAndWait(); second.StartServer(); }));

            var history = await ReadHistoryAsync(connectionString);
            Assert.Equal(SqlMigration.All.Select(m => m.Version), history);
            // Seeded once: a second seeding would double these (province + department + 8 divisions, and the merged
            // predecessors' province and department; 60 cadres of the department and the province's 50 committee
            // members; 13 accounts, 5 of them the province's own; one round).
            Assert.Equal(13, await ScalarAsync(connectionString, "SELECT count(*) FROM users"));
            Assert.Equal(12, await ScalarAsync(connectionString, "SELECT count(*) FROM organisations"));
            Assert.Equal(110, await ScalarAsync(connectionString, "SELECT count(*) FROM cadres"));
            Assert.Equal(1, await ScalarAsync(connectionString, "SELECT count(*) FROM planning_rounds"));
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    [Fact]
    public async Task MigrateAsync_Concurrently_OneCallAppliesAllAndTheOtherNothing()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync();
        try
        {
            var results = await Task.WhenAll(
                Task.Run(() => MigrationRunner.MigrateAsync(connectionString)),
                Task.Run(() => MigrationRunner.MigrateAsync(connectionString)));

            var all = SqlMigration.All.Select(m => m.Version).ToArray();
            Assert.Contains(results, r => r.SequenceEqual(all));
            Assert.Contains(results, r => r.Count == 0);
            Assert.Empty(await MigrationRunner.MigrateAsync(connectionString));
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    [Fact]
    public async Task MigrateAsync_AppliedScriptWasEdited_RefusesWithVietnameseMessage()
    {
        var connectionString = await TestDatabase.CreateEmptyAsync();
        try
        {
            await MigrationRunner.MigrateAsync(connectionString);
            await ScalarAsync(connectionString, "UPDATE schema_history SET checksum = 'edited' WHERE version = 1 RETURNING 1");
            var error = await Assert.ThrowsAsync<MigrationException>(() => MigrationRunner.MigrateAsync(connectionString));
            Assert.Contains("đã bị sửa", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    private static async Task<List<int>> ReadHistoryAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_history ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
