namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Regression probe (docs/security.md): the Data Protection keys decrypt the authenticator keys and sign the cookies,
/// so their folder is the owner's alone, like the cluster's password files.
/// </summary>
public sealed class DataFolderModesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task KeysFolder_AfterStart_IsReadableByTheOwnerOnly()
    {
        // Any request: the app has started and written its first key.
        using var client = fixture.App.CreateAnonymousClient();
        using var response = await client.GetAsync(new Uri("/dang-nhap", UriKind.Relative));
        response.EnsureSuccessStatusCode();

        var keys = Path.Combine(Environment.GetEnvironmentVariable("QUYHOACH_DATA")!, "keys");
        Assert.True(Directory.Exists(keys), keys);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        Assert.NotEmpty(Directory.GetFiles(keys, "*.xml"));
    }
}
