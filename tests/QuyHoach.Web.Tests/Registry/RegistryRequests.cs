using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Registry;

/// <summary>How a browser and an API client talk to the registry: forms with their hidden fields, JSON with the
/// antiforgery header, and the ids of demo records looked up through the API.</summary>
internal static class RegistryRequests
{
    public static async Task<HttpResponseMessage> SendJsonAsync(HttpClient client, HttpMethod method, string url, object body, bool withToken = true)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (withToken)
        {
            var response = await client.GetAsync(new Uri("/api/v1/antiforgery", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                var token = await response.Content.ReadFromJsonAsync<JsonElement>();
                request.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
            }
        }

        return await client.SendAsync(request);
    }

    /// <summary>Opens the page at <paramref name="url"/>, fills its form as a person would, and posts it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var form = new HtmlParser().ParseDocument(page).QuerySelector("form.form") ?? throw new InvalidOperationException("No form in:\n" + page);
        var values = form.QuerySelectorAll("input[name]")
            .Select(i => (Name: i.GetAttribute("name")!, Value: i.GetAttribute("value") ?? ""))
            .Concat(form.QuerySelectorAll("select[name]").Select(s => (Name: s.GetAttribute("name")!, Value: (s.QuerySelector("option[selected]") ?? s.QuerySelector("option"))?.GetAttribute("value") ?? "")))
            .ToDictionary(v => v.Name, v => v.Value);
        foreach (var (name, value) in fields)
        {
            values["Input." + name] = value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>A valid cadre in the demo department's first division, as the form's fields (PascalCase) or JSON.</summary>
    public static async Task<Dictionary<string, string>> ValidCadreAsync(QuyHoachAppFactory app, string code, Guid? organisation = null)
    {
        var admin = await app.SignInAsAsync(Data.Identity.AppRoles.Admin);
        var titles = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/titles", UriKind.Relative));
        var staffTitle = titles.EnumerateArray().First(t => t.GetProperty("code").GetString() == "SCT-CV").GetProperty("id").GetString()!;
        return new Dictionary<string, string>
        {
            ["Code"] = code,
            ["FullName"] = "Trần Thị Ánh Dương",
            ["Sex"] = "nu",
            ["Birth"] = "15/08/1990",
            ["Ethnicity"] = "Kinh",
            ["Hometown"] = "Xã Hải Hậu, tỉnh Nam Định",
            ["PartyJoinedOn"] = "03/02/2015",
            ["OrganisationId"] = (organisation ?? await DivisionIdAsync(admin)).ToString(),
            ["TitleId"] = staffTitle,
            ["TitleSince"] = "01/07/2020",
        };
    }

    public static Dictionary<string, string> AsJson(Dictionary<string, string> fields) =>
        fields.ToDictionary(f => char.ToLowerInvariant(f.Key[0]) + f.Key[1..], f => f.Value);

    /// <summary>The demo department's first division (Văn phòng Sở), through the API of a province-wide account.</summary>
    public static async Task<Guid> DivisionIdAsync(HttpClient provinceWide)
    {
        var tree = await provinceWide.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/organisations", UriKind.Relative));
        return tree.EnumerateArray().First(o => o.GetProperty("code").GetString() == "NDI-SCT-P01").GetProperty("id").GetGuid();
    }

    public static async Task<string> BodyOf(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
