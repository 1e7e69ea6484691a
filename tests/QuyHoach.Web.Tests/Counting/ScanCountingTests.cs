using System.Net;
using System.Text.Json;
using QuyHoach.Web.Tests.Outputs;
using static QuyHoach.Web.Tests.Planning.RoundDriver;

namespace QuyHoach.Web.Tests.Counting;

/// <summary>
/// Issue 15 items 2–4 through the API: the printed ballots, marked and scanned, are uploaded by one counter, read in the
/// background, the faint sheet decided by the committee, the scan's totals entered as that counter's tally and
/// reconciled with the other counter's manual entry; the minutes carry the counting log and the hash annex.
/// </summary>
public sealed class ScanCountingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task UploadReviewTallyReconcile_ScanIsOneIndependentCount()
    {
        var count = await ScanCount.OpenAsync(fixture.App, "Rà soát năm 2022 (kiểm phiếu quét)");
        var scan = await count.ScannedPdfAsync();

        var first = await ScanCount.UploadAsync(count.CounterA, count.ConferenceId, scan, "may-quet-01.pdf");
        Assert.True(first.Status == HttpStatusCode.Created, $"{(int)first.Status} {first.Body}");
        var again = await ScanCount.UploadAsync(count.CounterA, count.ConferenceId, scan, "may-quet-01.pdf");
        Assert.Equal((HttpStatusCode.OK, first.Body.GetProperty("id").GetGuid(), false), (again.Status, again.Body.GetProperty("id").GetGuid(), again.Body.GetProperty("added").GetBoolean()));
        Assert.Equal(1L, await count.ScalarAsync<long>($"SELECT count(*) FROM scan_uploads WHERE conference_id = '{count.ConferenceId}'"));

        var board = await count.ReadBoardAsync(count.CounterA);
        var upload = board.GetProperty("uploads")[0];
        Assert.Equal((5, 4, 0, 1), (upload.GetProperty("pages").GetInt32(), upload.GetProperty("valid").GetInt32(), upload.GetProperty("invalid").GetInt32(), upload.GetProperty("review").GetInt32()));
        var review = board.GetProperty("review")[0];
        Assert.Equal(3, review.GetProperty("position").GetInt32());
        Assert.Contains("mờ", review.GetProperty("reason").GetString(), StringComparison.Ordinal);

        // The totals cannot be entered while a sheet waits for the committee.
        var url = $"/api/v1/ballots/{count.BallotId}/scan-tally";
        Assert.Contains("chờ tổ kiểm phiếu", await count.CounterA.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, url, new { issued = 5, returned = 5 }), StringComparison.Ordinal);

        var sheet = review.GetProperty("id").GetGuid();
        var decision = new { decision = "Valid", marked = new[] { count.CandidateId }, reason = "Dấu mờ nhưng rõ ý đánh dấu vào ô" };
        await count.CounterA.OkAsync(HttpMethod.Post, $"/api/v1/scan-sheets/{sheet}/decision", decision);
        await count.CounterB.OkAsync(HttpMethod.Post, $"/api/v1/scan-sheets/{sheet}/decision", decision);
        Assert.Contains("đã được tổ kiểm phiếu quyết định", await count.CounterB.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/scan-sheets/{sheet}/decision",
            new { decision = "Invalid", reason = "Khác" }), StringComparison.Ordinal);
        Assert.Equal(1L, await count.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action = 'scan.sheet_decided' AND entity_id = '{count.ConferenceId}'"));

        // Sheets counted must equal ballots returned.
        var refused = await count.CounterA.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, url, new { issued = 5, returned = 4 });
        Assert.Contains("Số tờ phiếu đã quét và tính được (5 tờ) khác số phiếu thu vào (4 phiếu)", refused, StringComparison.Ordinal);
        Assert.Equal(0L, await count.ScalarAsync<long>($"SELECT count(*) FROM tally_entries WHERE ballot_id = '{count.BallotId}'"));

        var scanned = await count.CounterA.OkAsync(HttpMethod.Post, url, new { issued = 5, returned = 5 });
        Assert.Equal(("awaiting-entries", 1), (scanned.GetProperty("status").GetString(), scanned.GetProperty("entries").GetInt32()));
        Assert.Equal("awaiting-entries", (await count.CounterA.OkAsync(HttpMethod.Post, url, new { issued = 5, returned = 5 })).GetProperty("status").GetString());
        var manual = await count.CounterB.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{count.BallotId}/tallies", Tally(count.Ballot, "5/5/5/0", 4));
        Assert.Equal("reconciled", manual.GetProperty("status").GetString());
        Assert.StartsWith("SCT-0019:4:", Lines(await count.CounterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{count.BallotId}/results")).Single(), StringComparison.Ordinal);

        var minutes = await DownloadedDocuments.WordAsync(count.Staff, $"/api/v1/ballots/{count.BallotId}/minutes.docx");
        var hashes = await PageHashesAsync(count);
        Assert.Contains("NHẬT KÝ KIỂM PHIẾU BẰNG MÁY QUÉT", minutes);
        Assert.Contains(minutes, p => p.Contains("tải lên tệp may-quet-01.pdf (5 trang", StringComparison.Ordinal));
        Assert.Contains(minutes, p => p.Contains("Máy đọc tệp may-quet-01.pdf: 4 phiếu hợp lệ, 0 phiếu không hợp lệ, 1 tờ", StringComparison.Ordinal));
        Assert.Contains(minutes, p => p.Contains("ghi nhận phiếu hợp lệ", StringComparison.Ordinal) && p.Contains("Dấu mờ nhưng rõ ý", StringComparison.Ordinal));
        Assert.Equal(5, hashes.Count);
        Assert.All(hashes, h => Assert.Contains(minutes, p => p.EndsWith(h, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BadFile_ClearMessage_NothingStored()
    {
        var count = await ScanCount.OpenAsync(fixture.App, "Rà soát năm 2022 (tệp hỏng)");
        var (status, body) = await ScanCount.UploadAsync(count.CounterA, count.ConferenceId, "đây không phải bản quét"u8.ToArray(), "ghi-chu.txt");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("không phải bản quét đọc được", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0L, await count.ScalarAsync<long>($"SELECT count(*) FROM scan_uploads WHERE conference_id = '{count.ConferenceId}'"));
        Assert.Equal(0L, await count.ScalarAsync<long>($"SELECT count(*) FROM audit_events WHERE action = 'scan.uploaded' AND entity_id = '{count.ConferenceId}'"));
    }

    [Fact]
    public async Task SealedSheetImage_DelegateAndInspectorRefused_CommitteeServed()
    {
        var count = await ScanCount.OpenAsync(fixture.App, "Rà soát năm 2022 (ảnh niêm phong)");
        await ScanCount.UploadAsync(count.CounterA, count.ConferenceId, await count.ScannedPdfAsync(), "niem-phong.pdf");
        await count.ReadBoardAsync(count.CounterA);
        var page = await count.ScalarAsync<Guid>($"SELECT p.id FROM scan_pages p JOIN scan_uploads u ON u.id = p.upload_id WHERE u.conference_id = '{count.ConferenceId}' LIMIT 1");
        var image = $"/api/v1/scan-pages/{page}/image";

        using (var served = await count.CounterB.Http.GetAsync(new Uri(image, UriKind.Relative)))
        {
            Assert.Equal((HttpStatusCode.OK, "image/png"), (served.StatusCode, served.Content.Headers.ContentType?.MediaType));
        }

        foreach (var role in new[] { Data.Identity.AppRoles.Delegate, Data.Identity.AppRoles.Inspector })
        {
            var other = new Planning.PlanningClient(await fixture.App.SignInAsAsync(role));
            Assert.Contains("không công bố", await DownloadedDocuments.RefusedAsync(other, HttpStatusCode.Forbidden, image), StringComparison.Ordinal);
            await DownloadedDocuments.RefusedAsync(other, HttpStatusCode.Forbidden, $"/api/v1/conferences/{count.ConferenceId}/scans");
            using var pageView = await other.Http.GetAsync(new Uri($"/hoi-nghi/{count.ConferenceId}/kiem-phieu-quet", UriKind.Relative));
            var html = await pageView.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Forbidden, pageView.StatusCode);
            Assert.DoesNotContain(page.ToString(), html, StringComparison.Ordinal);
        }

        await DownloadedDocuments.RefusedAsync(count.CounterA, HttpStatusCode.NotFound, $"/api/v1/scan-pages/{Guid.NewGuid()}/image");
    }

    private static async Task<List<string>> PageHashesAsync(ScanCount count)
    {
        var json = await count.ScalarAsync<string>($"SELECT json_agg(p.hash)::text FROM scan_pages p JOIN scan_uploads u ON u.id = p.upload_id WHERE u.conference_id = '{count.ConferenceId}'");
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }
}
