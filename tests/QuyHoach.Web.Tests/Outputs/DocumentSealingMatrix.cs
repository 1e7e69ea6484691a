using System.Globalization;
using System.Net;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Outputs;

/// <summary>
/// R-DISC-1 for downloads, on the round of SealingMatrixTests: who may download each step's minutes and the documents
/// that carry every step's counts. "tải" = the file, "403" = refused in Vietnamese, "404" = not in scope. The table
/// mirrors the results matrix: a document never shows counts its reader may not see. The proposed list also carries
/// the grounds for removal (screening data, docs/security.md): the counting committee, who see the counts, are refused it.
/// </summary>
internal static class DocumentSealingMatrix
{
    private const string Matrix = """
        role              | removal | key-cadres | extended | final | summary | list
        staff             | tải     | tải        | tải      | tải   | tải     | tải
        leader            | tải     | tải        | tải      | tải   | tải     | tải
        counter-committee | tải     | tải        | tải      | tải   | tải     | 403
        counter-other     | 403     | 403        | 403      | tải   | 403     | 403
        inspector         | 403     | 403        | 403      | tải   | 403     | 403
        admin             | 403     | 403        | 403      | tải   | 403     | 403
        delegate          | 403     | 403        | 403      | tải   | 403     | 403
        staff-of-division | 404     | 404        | 404      | 404   | 404     | 404
        """;

    public static async Task AssertAsync(IReadOnlyDictionary<string, PlanningClient> viewers, IReadOnlyDictionary<string, Guid> ballots, Guid roundId)
    {
        var seen = new Dictionary<(string, string), string>();
        foreach (var (role, column, _) in RoleMatrix.Parse(Matrix))
        {
            var url = column switch
            {
                "summary" => $"/api/v1/rounds/{roundId}/tally-summary.docx",
                "list" => $"/api/v1/rounds/{roundId}/proposed-list.xlsx",
                _ => $"/api/v1/ballots/{ballots[column]}/minutes.docx",
            };
            using var response = await viewers[role].Http.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            seen[(role, column)] = response.StatusCode switch
            {
                HttpStatusCode.OK => "tải",
                HttpStatusCode.Forbidden when body.Contains("không công bố (R-DISC-1)", StringComparison.Ordinal) => "403",
                _ => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture),
            };
        }

        Assert.Equal(RoleMatrix.Expected(Matrix), RoleMatrix.Render(Matrix, (role, column) => seen[(role, column)]));

        // The removal proposals: two automatic removals without a vote (R-REM-AUTO); SCT-0020's 2 votes did not carry.
        var list = await DownloadedDocuments.ExcelAsync(viewers["staff"], $"/api/v1/rounds/{roundId}/proposed-list.xlsx");
        var removals = list["Đưa ra khỏi quy hoạch"].Skip(1).ToArray();
        Assert.Equal(2, removals.Length);
        Assert.All(removals, r => Assert.Contains("không biểu quyết (R-REM-AUTO)", r, StringComparison.Ordinal));
        Assert.Contains("SCT-0019", removals[0], StringComparison.Ordinal);
        Assert.Contains("SCT-0041", removals[1], StringComparison.Ordinal);
        Assert.Contains("SCT-0016", Assert.Single(list["Đề nghị quy hoạch"].Skip(1)), StringComparison.Ordinal);
    }
}
