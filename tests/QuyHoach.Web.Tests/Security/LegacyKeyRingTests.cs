using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;
using QuyHoach.Web.Features.Security;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// An installation upgraded from the key ring in files (data folder's keys/) to the key ring in the database: an
/// authenticator key protected with the old files is protected again at startup, and its account still signs in.
/// </summary>
public sealed class LegacyKeyRingTests : IAsyncLifetime
{
    private string _database = "";

    public async Task InitializeAsync() => _database = await TestDatabase.CreateSeededAsync();

    public Task DisposeAsync() => TestDatabase.DropAsync(_database);

    [Fact]
    public async Task AuthenticatorKey_ProtectedWithTheOldKeyFiles_StillSignsInAfterUpgrade()
    {
        var data = Directory.CreateTempSubdirectory("quyhoach-test-data-legacy-").FullName;
        var oldRing = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(data, "keys")), b => b.SetApplicationName("QuyHoach"));
        var stored = TwoFactorSecrets.KeyPrefix + oldRing.CreateProtector(TwoFactorSecrets.Purpose).Protect(QuyHoachAppFactory.DemoAuthenticatorKey);
        var leader = QuyHoachAppFactory.DemoAccountFor(AppRoles.Leader).UserName;
        Assert.Equal(1, await ExecuteAsync(
            "UPDATE user_tokens SET value = @v WHERE login_provider = '[AspNetUserStore]' AND name = 'AuthenticatorKey' AND user_id = (SELECT id FROM users WHERE user_name = @u)",
            stored, leader));

        await using var app = new QuyHoachAppFactory(_database, settings: new Dictionary<string, string?>
        {
            ["QUYHOACH_DATA"] = data,
            ["DataProtection:CertificateFile"] = Path.Combine(Environment.GetEnvironmentVariable("QUYHOACH_DATA")!, "keys", "data-protection.pfx"),
        });
        await app.SignInAsAsync(AppRoles.Leader);
        Assert.Equal(0, await ExecuteAsync("SELECT 1 FROM user_tokens WHERE value = @v AND @u <> ''", stored, leader));
    }

    private async Task<int> ExecuteAsync(string sql, string value, string user)
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("v", value);
        command.Parameters.AddWithValue("u", user);
        return sql.StartsWith("SELECT", StringComparison.Ordinal)
            ? (await command.ExecuteScalarAsync() is null ? 0 : 1)
            : await command.ExecuteNonQueryAsync();
    }
}
