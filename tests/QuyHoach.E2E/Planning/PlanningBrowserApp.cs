using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.E2E.Planning;

/// <summary>
/// <see cref="BrowserApp"/> plus a second counting-committee account (<c>kiemphieu2</c>, created with the app
/// factory's <see cref="QuyHoachAppFactory.CreateAccountAsync"/>) for the double entry of tallies.
/// </summary>
public sealed class PlanningBrowserApp : BrowserApp
{
    public const string SecondCounter = "kiemphieu2";

    protected override Task PrepareAsync(QuyHoachAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.CreateAccountAsync(SecondCounter, "Lê Văn Tâm", AppRoles.Counter, "NDI-SCT");
    }
}
