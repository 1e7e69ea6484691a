using System.Globalization;
using System.Net;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.Plans;

namespace QuyHoach.Web.Tests.Outputs;

/// <summary>
/// R-DISC-1 for the dossier's files (docs/security.md), on the round of SealingMatrixTests once closed: a file filed
/// as item 1 (the submission and the tally minutes of the steps) carries the sealed counts and is read only by those
/// who may read the round's sealed results; item 2 (the CV) by every reader of the dossier. "tải" = the file, "403" =
/// refused (problem+json, Vietnamese), "404" = not in scope. Every route that sends a dossier file is listed here.
/// </summary>
internal static class DossierFileSealingMatrix
{
    private const string Matrix = """
        role              | item-1 | item-2
        staff             | tải    | tải
        leader            | tải    | tải
        counter-committee | 403    | 403
        counter-other     | 403    | 403
        inspector         | 403    | tải
        admin             | 403    | 403
        delegate          | 403    | 403
        staff-of-division | 404    | 404
        """;

    /// <summary>The routes that send a dossier file's bytes, as templates over (dossier, file).</summary>
    private static readonly string[] FileRoutes = ["/api/v1/dossiers/{0}/documents/{1}"];

    public static async Task AssertAsync(IReadOnlyDictionary<string, PlanningClient> viewers, Guid roundId)
    {
        var staff = viewers["staff"];
        Assert.Equal("closed", (await viewers["leader"].OkAsync(HttpMethod.Post, $"/api/v1/rounds/{roundId}/close")).GetProperty("status").GetString());
        var dossierId = (await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers")).GetProperty("dossiers")[0].GetProperty("id").GetGuid();
        var files = new Dictionary<string, Guid>();
        foreach (var (column, item, name, bytes) in (ValueTuple<string, int, string, byte[]>[])[("item-1", 1, "to-trinh-bien-ban.pdf", PlansDriver.Pdf("bien ban kiem phieu: 9 phieu")), ("item-2", 2, "so-yeu-ly-lich.png", PlansDriver.Png())])
        {
            var (status, uploaded) = await PlansDriver.UploadAsync(staff, dossierId, item, "10/04/2026", name, bytes);
            Assert.True(status == HttpStatusCode.Created, uploaded.ToString());
            files[column] = uploaded.GetProperty("items")[item - 1].GetProperty("files")[0].GetProperty("id").GetGuid();
        }

        foreach (var route in FileRoutes)
        {
            var seen = new Dictionary<(string, string), string>();
            foreach (var (role, column, _) in RoleMatrix.Parse(Matrix))
            {
                using var response = await viewers[role].Http.GetAsync(new Uri(string.Format(CultureInfo.InvariantCulture, route, dossierId, files[column]), UriKind.Relative));
                seen[(role, column)] = response.StatusCode switch
                {
                    HttpStatusCode.OK => "tải",
                    HttpStatusCode.Forbidden or HttpStatusCode.NotFound when response.Content.Headers.ContentType?.MediaType != "application/problem+json" => "không phải problem+json",
                    _ => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
                };
            }

            Assert.Equal(RoleMatrix.Expected(Matrix), RoleMatrix.Render(Matrix, (role, column) => seen[(role, column)]));
        }

        // The inspector's refusal names the rule; their dossier view and page offer no link to the item-1 file.
        var inspector = viewers["inspector"];
        Assert.Contains("R-DISC-1", await inspector.RefusedAsync(HttpStatusCode.Forbidden, HttpMethod.Get, $"/api/v1/dossiers/{dossierId}/documents/{files["item-1"]}"), StringComparison.Ordinal);
        var view = await inspector.OkAsync(HttpMethod.Get, $"/api/v1/dossiers/{dossierId}");
        Assert.Equal((false, true), (view.GetProperty("items")[0].GetProperty("files")[0].GetProperty("readable").GetBoolean(), view.GetProperty("items")[1].GetProperty("files")[0].GetProperty("readable").GetBoolean()));
        var page = await inspector.Http.GetStringAsync(new Uri($"/ho-so/{dossierId}", UriKind.Relative));
        Assert.DoesNotContain($"/documents/{files["item-1"]}", page, StringComparison.Ordinal);
        Assert.Contains($"/documents/{files["item-2"]}", page, StringComparison.Ordinal);
        Assert.Contains($"/documents/{files["item-1"]}", await staff.Http.GetStringAsync(new Uri($"/ho-so/{dossierId}", UriKind.Relative)), StringComparison.Ordinal);
    }
}
