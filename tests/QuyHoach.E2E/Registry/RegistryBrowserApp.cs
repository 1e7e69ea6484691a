using QuyHoach.Testing;

namespace QuyHoach.E2E.Registry;

/// <summary>
/// <see cref="BrowserApp"/> plus another department with its own staff account (the app factory's
/// <see cref="QuyHoachAppFactory.CreateOtherDepartmentAsync"/>), for the scope checks in a real browser.
/// </summary>
public sealed class RegistryBrowserApp : BrowserApp
{
    public OtherDepartment Other { get; private set; } = default!;

    protected override async Task PrepareAsync(QuyHoachAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        Other = await app.CreateOtherDepartmentAsync();
    }
}
