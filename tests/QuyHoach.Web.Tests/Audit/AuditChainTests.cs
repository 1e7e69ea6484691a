using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using QuyHoach.Data;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Organisations;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Audit;

/// <summary>The audit trail API against a real migrated database: same-transaction writes and one chain under load.</summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private static readonly AuditActor Actor = new(Guid.CreateVersion7(), "quantri");
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestDatabase.CreateSeededAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_connectionString);

    [Fact]
    public async Task Record_SavedWithTheChange_DatabaseFillsIdTimeAndChain()
    {
        await using var db = NewContext();
        var before = await db.Set<AuditEvent>().CountAsync();
        var organisation = NewOrganisation();
        db.Organisations.Add(organisation);
        var recorded = AuditTrail.Record(db, AuditEvent.Create(Actor, AuditAction.AccountCreated, "organisation", organisation.Code, organisation.Id, after: new { organisation.Name }));
        await db.SaveChangesAsync();

        Assert.True(recorded.Id > 0);
        Assert.Equal(64, recorded.Hash!.Length);
        Assert.Equal(64, recorded.PrevHash!.Length);
        Assert.True(recorded.OccurredAt > DateTimeOffset.UtcNow.AddMinutes(-1));
        await using var check = NewContext();
        var stored = await check.Set<AuditEvent>().SingleAsync(e => e.Id == recorded.Id);
        Assert.Equal(AuditAction.AccountCreated, stored.Action);
        Assert.Contains("\"name\": \"Phòng thử", stored.After, StringComparison.Ordinal);
        Assert.Equal(before + 1, await check.Set<AuditEvent>().CountAsync());
        Assert.True((await AuditChainVerifier.VerifyAsync(_connectionString)).Valid);
    }

    [Fact]
    public async Task RecordAsync_ChangeReturnsNoEvent_ChangeRolledBack()
    {
        await using var db = NewContext();
        var organisation = NewOrganisation();
        var written = await AuditTrail.RecordAsync(db, async ct =>
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            return [];
        });

        Assert.Empty(written);
        await using var check = NewContext();
        Assert.False(await check.Organisations.AnyAsync(o => o.Id == organisation.Id));
    }

    [Fact]
    public async Task RecordAsync_ChangeWithEvent_BothCommitted()
    {
        await using var db = NewContext();
        var organisation = NewOrganisation();
        var written = await AuditTrail.RecordAsync(db, async ct =>
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            return [AuditEvent.Create(Actor, AuditAction.AccountScopeChanged, "organisation", organisation.Code, organisation.Id)];
        });

        await using var check = NewContext();
        Assert.True(await check.Organisations.AnyAsync(o => o.Id == organisation.Id));
        Assert.True(await check.Set<AuditEvent>().AnyAsync(e => e.Id == written[0].Id && e.EntityId == organisation.Code));
    }

    [Fact]
    public async Task ConcurrentWriters_EightConnections_OneValidChainWithoutGapsInLinks()
    {
        var before = (await AuditChainVerifier.VerifyAsync(_connectionString)).Records;
        using var start = new Barrier(8);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 25; i++)
            {
                await using var db = NewContext();
                AuditTrail.Record(db, AuditEvent.Create(Actor, AuditAction.CadreViewed, "cadre", $"{writer}-{i}", null));
                await db.SaveChangesAsync();
            }
        })));

        var report = await AuditChainVerifier.VerifyAsync(_connectionString);
        Assert.True(report.Valid, report.Reason);
        Assert.Equal(before + 200, report.Records);
    }

    [Fact]
    public async Task Insert_RepeatableReadTransaction_RefusedRatherThanForkingTheChain()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        await using var insert = new NpgsqlCommand(
            "INSERT INTO audit_events (actor_name, action, entity_type) VALUES ('x', 'cadre.viewed', 'cadre')", connection, transaction);
        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Contains("READ COMMITTED", error.MessageText, StringComparison.Ordinal);
    }

    private QuyHoachDbContext NewContext() =>
        new(new DbContextOptionsBuilder<QuyHoachDbContext>().UseNpgsql(_connectionString).Options);

    private static Organisation NewOrganisation() => new()
    {
        Id = Guid.CreateVersion7(),
        Code = "T-" + Guid.NewGuid().ToString("N")[..8],
        Name = "Phòng thử nghiệm",
        Kind = OrganisationKind.Division,
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
