using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// One app on a fresh demo database plus another department with its own staff account, and the three target
/// cadres of the scope matrix: one at the department level, one in a division, one in the other department.
/// </summary>
public sealed class RegistryFixture : IAsyncLifetime
{
    private QuyHoachAppFactory? _app;

    public QuyHoachAppFactory App => _app ?? throw new InvalidOperationException("Fixture not initialised.");

    public OtherDepartment Other { get; private set; } = default!;

    public IReadOnlyDictionary<string, (Guid CadreId, string Code, Guid OrganisationId)> Targets { get; private set; } =
        new Dictionary<string, (Guid, string, Guid)>();

    public async Task InitializeAsync()
    {
        _app = await QuyHoachAppFactory.CreateAsync();
        Other = await _app.CreateOtherDepartmentAsync();
        var director = (await _app.CadreIdAsync("SCT-0001"))!.Value;
        var divisionHead = (await _app.CadreIdAsync("SCT-0005"))!.Value;
        var admin = await _app.SignInAsAsync(AppRoles.Admin);
        async Task<Guid> OrganisationOf(Guid id) =>
            (await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres/{id}", UriKind.Relative))).GetProperty("organisationId").GetGuid();
        Targets = new Dictionary<string, (Guid, string, Guid)>
        {
            ["department"] = (director, "SCT-0001", await OrganisationOf(director)),
            ["division"] = (divisionHead, "SCT-0005", await OrganisationOf(divisionHead)),
            ["other"] = (Other.CadreId, Other.CadreCode, Other.OrganisationId),
        };
    }

    /// <summary>A client for a matrix role: a demo role code, <c>other-staff</c> or <c>anonymous</c>.</summary>
    public async Task<HttpClient> ClientAsync(string role) => role switch
    {
        "anonymous" => App.CreateAnonymousClient(),
        "other-staff" => await App.SignInAsUserAsync(Other.StaffUserName, QuyHoachAppFactory.DemoPassword),
        _ => await App.SignInAsAsync(role),
    };

    /// <summary>Whether <paramref name="role"/> may read the registry of <paramref name="target"/>'s organisation.</summary>
    public static bool Sees(string role, string target) => role switch
    {
        AppRoles.Staff or AppRoles.Leader => target != "other",
        AppRoles.Inspector or AppRoles.Admin => true,
        "other-staff" => target == "other",
        _ => false,
    };

    public static bool Writes(string role) => role is AppRoles.Staff or AppRoles.Admin or "other-staff";

    public static bool Reads(string role) => role is AppRoles.Staff or AppRoles.Admin or AppRoles.Leader or AppRoles.Inspector or "other-staff";

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
