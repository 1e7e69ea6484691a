using QuyHoach.Testing;

namespace QuyHoach.Web.Tests;

/// <summary>One app on its own fresh demo database per test class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private QuyHoachAppFactory? _factory;

    public QuyHoachAppFactory App => _factory ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync() => _factory = await QuyHoachAppFactory.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
