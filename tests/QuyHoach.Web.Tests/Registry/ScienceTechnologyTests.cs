using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;
using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Testing;
using QuyHoach.Web.Tests.Import;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// Trình độ khoa học, công nghệ (R-STR-5) on a cadre's record: set and cleared in the cadre form, shown on the profile,
/// and read from its column of the registry import template.
/// </summary>
public sealed class ScienceTechnologyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private QuyHoachAppFactory App => fixture.App;

    [Fact]
    public async Task CadreForm_SetsAndClearsTheQualification_ProfileShowsIt()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var fields = await RegistryRequests.ValidCadreAsync(App, "KHCN-0001");
        fields["ScienceTechnology"] = "True";
        var created = await RegistryRequests.PostFormAsync(staff, "/can-bo/moi", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await App.CadreIdAsync("KHCN-0001");
        Assert.True(await QualifiedAsync(staff, id));
        Assert.Contains("<dd id=\"khoa-hoc-cong-nghe\">Có</dd>", await staff.GetStringAsync(new Uri($"/can-bo/{id}", UriKind.Relative)), StringComparison.Ordinal);

        var edit = await staff.GetStringAsync(new Uri($"/can-bo/{id}/sua", UriKind.Relative));
        Assert.Matches("id=\"khoa-hoc-cong-nghe\"[^>]*checked|checked[^>]*id=\"khoa-hoc-cong-nghe\"", edit);
        var saved = await RegistryRequests.PostFormAsync(staff, $"/can-bo/{id}/sua", new Dictionary<string, string> { ["ScienceTechnology"] = "False" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False(await QualifiedAsync(staff, id));
    }

    [Fact]
    public async Task ImportTemplate_ScienceTechnologyColumn_WritesTheRecord()
    {
        var staff = await App.SignInAsAsync(AppRoles.Staff);
        var file = new RegistryFiles().Row(CadreColumns.Sheet.Name, new()
        {
            [CadreColumns.Code.Header] = "KHCN-0002",
            [CadreColumns.FullName.Header] = "Phạm Minh Khoa",
            [CadreColumns.Sex.Header] = "Nam",
            [CadreColumns.BirthDate.Header] = "15/05/1985",
            [CadreColumns.UnitCode.Header] = "NDI-SCT-P01",
            [CadreColumns.ScienceTechnology.Header] = "Có",
        }).Build();

        using var response = await ImportRequests.PostApiAsync(staff, file);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        Assert.True(await QualifiedAsync(staff, await App.CadreIdAsync("KHCN-0002")));
    }

    private static async Task<bool> QualifiedAsync(HttpClient client, Guid? id) =>
        (await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres/{id}", UriKind.Relative))).GetProperty("scienceTechnology").GetBoolean();
}
