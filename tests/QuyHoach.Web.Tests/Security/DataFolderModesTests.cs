using Npgsql;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): the Data Protection keys decrypt the authenticator keys and sign the cookies.
/// They are in the database, each encrypted with a certificate of the data folder, which is the owner's alone like
/// the cluster's password files: a dump of the database alone holds no key in clear.
/// </summary>
public sealed class DataFolderModesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task KeyRing_AfterStart_InTheDatabaseEncryptedWithAnOwnerOnlyCertificate()
    {
        // Any request: the app has started and written its first key.
        using var client = fixture.App.CreateAnonymousClient();
        using var response = await client.GetAsync(new Uri("/dang-nhap", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        var keys = Path.Combine(Environment.GetEnvironmentVariable("QUYHOACH_DATA")!, "keys");
        Assert.True(Directory.Exists(keys), keys);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        var certificate = Path.Combine(keys, "data-protection.pfx");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificate));

        await using var connection = new NpgsqlConnection(fixture.App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new List<string>();
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetString(0));
        }

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
    }
}
