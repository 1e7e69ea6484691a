using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;
using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning.Corpus;
using QuyHoach.Web.Tests.Outputs;
using QuyHoach.Web.Tests.Planning;
using QuyHoach.Web.Tests.Security;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Counting;

/// <summary>
/// A removal ballot (one line, SCT-0019) at the first step of an annual review, five present, and its five printed
/// sheets marked and scanned: filled, crossed, blank, faint (to review), filled. The truth: four sheets for removal
/// once the committee reads the faint mark as a mark.
/// </summary>
internal sealed record ScanCount(QuyHoach.Testing.QuyHoachAppFactory App, PlanningClient Staff, PlanningClient CounterA, PlanningClient CounterB, Guid ConferenceId, JsonElement Ballot)
{
    public Guid BallotId => Ballot.GetProperty("id").GetGuid();

    public Guid CandidateId => Ballot.GetProperty("candidates")[0].GetProperty("id").GetGuid();

    public static async Task<ScanCount> OpenAsync(QuyHoach.Testing.QuyHoachAppFactory app, string name)
    {
        var (run, staff, counterA, counterB) = await DoubleSubmitTallyTests.CastAsync(app);
        var id = await RemovalRoundAsync(staff, name);
        var conference = await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        return new ScanCount(app, staff, counterA, counterB, conference.GetProperty("id").GetGuid(), RoundDriver.Ballot(conference, "SCT-PP"));
    }

    /// <summary>The line at <paramref name="position"/> (from 0) in the ballot's order.</summary>
    public Guid Line(int position) => Ballot.GetProperty("candidates")[position].GetProperty("id").GetGuid();

    /// <summary>
    /// The key-cadre step of an annual review of 2022 (SCT-TP, quota 2, three lines SCT-0015..17; write-in lines where
    /// qd50 allows them), eight of the eleven convened present (the quorum): a nomination ballot with more lines than its quota.
    /// </summary>
    public static async Task<ScanCount> OpenKeyCadresAsync(QuyHoach.Testing.QuyHoachAppFactory app, string name)
    {
        var (run, staff, counterA, counterB) = await DoubleSubmitTallyTests.CastAsync(app);
        var id = await PlanningPages.CorrectionRounds.CreateAsync(staff, name);
        await run.PresentAsync(await run.OpenAsync(id, 1, new DateOnly(2022, 4, 5)), 5);
        var conference = await run.PresentAsync(await run.OpenAsync(id, 2, new DateOnly(2022, 4, 6)), 8);
        return new ScanCount(app, staff, counterA, counterB, conference.GetProperty("id").GetGuid(), RoundDriver.Ballot(conference, "SCT-TP"));
    }

    /// <summary>The staff's printed ballots, marked and scanned into one PDF: removal sheets filled, crossed, blank,
    /// faint (to review), filled.</summary>
    public Task<byte[]> ScannedPdfAsync()
    {
        var box = ScanFile.Boxes(BallotPaperKind.Removal, 1, 1, 0)[0].Boxes[0].Box;
        MarkStyle?[] styles = [MarkStyle.Filled, MarkStyle.Crossed, null, MarkStyle.Faint, MarkStyle.Filled];
        return ScannedPdfAsync([.. styles.Select((s, page) => (s, page)).Where(m => m.s is not null).Select(m => new PenMark(m.page, box, m.s!.Value))]);
    }

    /// <summary>The staff's printed ballots with <paramref name="marks"/> (page = sheet), scanned at 150 dpi into one PDF.</summary>
    public async Task<byte[]> ScannedPdfAsync(IReadOnlyList<PenMark> marks)
    {
        var pdf = await DownloadedDocuments.GetAsync(Staff, $"/api/v1/conferences/{ConferenceId}/ballots.pdf", "application/pdf");
        return ScanFile.MarkedPdf(pdf, 150, marks, seed: 15);
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(PlanningClient client, Guid conferenceId, byte[] file, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/conferences/{conferenceId}/scans", UriKind.Relative)) { Content = form };
        request.Headers.Add("RequestVerificationToken", await client.AntiforgeryTokenAsync());
        using var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The board once every upload is read (the reading runs in the background).</summary>
    public async Task<JsonElement> ReadBoardAsync(PlanningClient client)
    {
        for (var i = 0; i < 600; i++)
        {
            var board = await client.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{ConferenceId}/scans");
            if (board.GetProperty("uploads").EnumerateArray().All(u => u.GetProperty("state").GetString() is "read" or "failed" or "Read" or "Failed"))
            {
                return board;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The scan was not read within two minutes.");
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
