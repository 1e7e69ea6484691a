using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using QuyHoach.Data.Identity;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>
/// Roles × organisations × actions, by page and by API. A cadre outside the scope answers 404 like a missing one;
/// a role without the right answers 403 (API) or the refusal page (pages); anonymous answers 401 or the sign-in page.
/// </summary>
public sealed class ScopeMatrixTests(RegistryFixture fixture) : IClassFixture<RegistryFixture>
{
    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        string[] roles = [AppRoles.Staff, AppRoles.Leader, AppRoles.Inspector, AppRoles.Admin, AppRoles.Counter, AppRoles.Delegate, "anonymous", "other-staff"];
        foreach (var role in roles)
        {
            foreach (var target in (string[])["department", "division", "other"])
            {
                data.Add(role, target);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ApiProfile_EveryRoleAndOrganisation_OnlyInScope(string role, string target)
    {
        var client = await fixture.ClientAsync(role);
        var response = await client.GetAsync(new Uri($"/api/v1/cadres/{fixture.Targets[target].CadreId}", UriKind.Relative));
        var body = await RegistryRequests.BodyOf(response);
        Assert.True(ExpectedRead(role, target) == response.StatusCode, $"{role}/{target}: {(int)response.StatusCode}\n{body}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(fixture.Targets[target].Code, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task PageProfile_EveryRoleAndOrganisation_OnlyInScope(string role, string target)
    {
        var client = await fixture.ClientAsync(role);
        var response = await client.GetAsync(new Uri($"/can-bo/{fixture.Targets[target].CadreId}", UriKind.Relative));
        await AssertPageAsync(response, role, target, "Sàng lọc điều kiện quy hoạch");
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ApiList_EveryRoleAndOrganisation_ListsOnlyInScope(string role, string target)
    {
        var client = await fixture.ClientAsync(role);
        var response = await client.GetAsync(new Uri($"/api/v1/cadres?q={fixture.Targets[target].Code}", UriKind.Relative));
        var body = await RegistryRequests.BodyOf(response);
        if (!RegistryFixture.Reads(role))
        {
            Assert.True(ExpectedRead(role, target) == response.StatusCode, $"{role}/{target}: {(int)response.StatusCode}\n{body}");
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32();
        Assert.True((RegistryFixture.Sees(role, target) ? 1 : 0) == total, $"{role}/{target}: {body}");
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task PageList_EveryRoleAndOrganisation_ListsOnlyInScope(string role, string target)
    {
        var client = await fixture.ClientAsync(role);
        var response = await client.GetAsync(new Uri($"/can-bo?q={fixture.Targets[target].Code}", UriKind.Relative));
        if (!RegistryFixture.Reads(role))
        {
            await AssertPageAsync(response, role, target, "");
            return;
        }

        var html = await RegistryRequests.BodyOf(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(RegistryFixture.Sees(role, target), html.Contains($"/can-bo/{fixture.Targets[target].CadreId}", StringComparison.Ordinal));
        Assert.Contains(RegistryFixture.Sees(role, target) ? "Tìm thấy 1 cán bộ" : "Tìm thấy 0 cán bộ", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task PageEditForm_EveryRoleAndOrganisation_OnlyWritersInScope(string role, string target)
    {
        var client = await fixture.ClientAsync(role);
        var response = await client.GetAsync(new Uri($"/can-bo/{fixture.Targets[target].CadreId}/sua", UriKind.Relative));
        await AssertPageAsync(response, role, target, "Sửa thông tin cán bộ", write: true);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ApiUpdate_EveryRoleAndOrganisation_OnlyWritersInScopeAndNothingElseChanges(string role, string target)
    {
        var id = fixture.Targets[target].CadreId;
        var before = await fixture.App.CadreSnapshotAsync(id);
        var client = await fixture.ClientAsync(role);
        var input = await CurrentValuesAsync(id);
        input["hometown"] = $"Quê sửa bởi {role}";
        var response = await RegistryRequests.SendJsonAsync(client, HttpMethod.Put, $"/api/v1/cadres/{id}", input);
        var body = await RegistryRequests.BodyOf(response);
        var expected = ExpectedWrite(role, target);
        Assert.True(expected == response.StatusCode, $"{role}/{target}: {(int)response.StatusCode}\n{body}");
        if (expected == HttpStatusCode.OK)
        {
            Assert.Contains($"Quê sửa bởi {role}", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(before, await fixture.App.CadreSnapshotAsync(id));
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task ApiCreate_EveryRoleAndOrganisation_OnlyWritersInTheirScope(string role, string target)
    {
        var count = await fixture.App.CadreCountAsync();
        var client = await fixture.ClientAsync(role);
        var fields = RegistryRequests.AsJson(await RegistryRequests.ValidCadreAsync(fixture.App, $"MX-{role}-{target}", fixture.Targets[target].OrganisationId));
        if (target == "other")
        {
            fields["titleId"] = fixture.Other.TitleId.ToString();
        }

        var response = await RegistryRequests.SendJsonAsync(client, HttpMethod.Post, "/api/v1/cadres", fields);
        var body = await RegistryRequests.BodyOf(response);
        var expected = ExpectedWrite(role, target) switch
        {
            HttpStatusCode.OK => HttpStatusCode.Created,
            HttpStatusCode.NotFound => HttpStatusCode.BadRequest, // a unit outside the scope is a field error
            var other => other,
        };
        Assert.True(expected == response.StatusCode, $"{role}/{target}: {(int)response.StatusCode}\n{body}");
        Assert.Equal(count + (expected == HttpStatusCode.Created ? 1 : 0), await fixture.App.CadreCountAsync());
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Contains("\"organisationId\"", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(AppRoles.Staff, true)]
    [InlineData(AppRoles.Admin, true)]
    [InlineData("other-staff", true)]
    [InlineData(AppRoles.Leader, false)]
    [InlineData(AppRoles.Inspector, false)]
    [InlineData(AppRoles.Counter, false)]
    [InlineData(AppRoles.Delegate, false)]
    public async Task PageCreateForm_Roles_OnlyWritersSeeIt(string role, bool sees)
    {
        var client = await fixture.ClientAsync(role);
        var response = await client.GetAsync(new Uri("/can-bo/moi", UriKind.Relative));
        if (sees)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Thêm cán bộ", await RegistryRequests.BodyOf(response), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task PageCreate_StaffPostsUnitOfAnotherDepartment_RefusedAndNothingSaved()
    {
        var count = await fixture.App.CadreCountAsync();
        var client = await fixture.ClientAsync(AppRoles.Staff);
        var fields = await RegistryRequests.ValidCadreAsync(fixture.App, "MX-PAGE-OTHER", fixture.Other.OrganisationId);
        var response = await RegistryRequests.PostFormAsync(client, "/can-bo/moi", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy chọn đơn vị công tác trong phạm vi quản lý của bạn.", await RegistryRequests.BodyOf(response), StringComparison.Ordinal);
        Assert.Equal(count, await fixture.App.CadreCountAsync());
    }

    private static HttpStatusCode ExpectedRead(string role, string target) => role switch
    {
        "anonymous" => HttpStatusCode.Unauthorized,
        _ when !RegistryFixture.Reads(role) => HttpStatusCode.Forbidden,
        _ => RegistryFixture.Sees(role, target) ? HttpStatusCode.OK : HttpStatusCode.NotFound,
    };

    private static HttpStatusCode ExpectedWrite(string role, string target) => role switch
    {
        "anonymous" => HttpStatusCode.Unauthorized,
        _ when !RegistryFixture.Writes(role) => HttpStatusCode.Forbidden,
        _ => RegistryFixture.Sees(role, target) ? HttpStatusCode.OK : HttpStatusCode.NotFound,
    };

    private async Task AssertPageAsync(HttpResponseMessage response, string role, string target, string heading, bool write = false)
    {
        var html = await RegistryRequests.BodyOf(response);
        var expected = write ? ExpectedWrite(role, target) : ExpectedRead(role, target);
        switch (expected)
        {
            case HttpStatusCode.Unauthorized:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/dang-nhap", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
                break;
            case HttpStatusCode.Forbidden:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            case HttpStatusCode.NotFound:
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{role}/{target}: {(int)response.StatusCode}\n{html}");
                Assert.Contains("Không tìm thấy trang", html, StringComparison.Ordinal);
                Assert.DoesNotContain(fixture.Targets[target].Code, html, StringComparison.Ordinal);
                break;
            default:
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}/{target}: {(int)response.StatusCode}\n{html}");
                Assert.Contains(heading, html, StringComparison.Ordinal);
                break;
        }
    }

    private async Task<Dictionary<string, string?>> CurrentValuesAsync(Guid id)
    {
        var admin = await fixture.ClientAsync(AppRoles.Admin);
        var p = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/cadres/{id}", UriKind.Relative));
        string? S(string name) => p.GetProperty(name).ValueKind == JsonValueKind.Null ? null : p.GetProperty(name).ToString();
        return new Dictionary<string, string?>
        {
            ["code"] = S("code"),
            ["fullName"] = S("fullName"),
            ["sex"] = S("sex") == "Nam" ? "nam" : "nu",
            ["birth"] = S("birth"),
            ["ethnicity"] = S("ethnicity"),
            ["hometown"] = S("hometown"),
            ["partyJoinedOn"] = S("partyJoinedOn"),
            ["organisationId"] = S("organisationId"),
            ["titleId"] = S("currentTitleId"),
            ["titleSince"] = S("currentTitleSince"),
        };
    }
}
