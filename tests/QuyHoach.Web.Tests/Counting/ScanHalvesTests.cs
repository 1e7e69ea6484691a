using System.Net;
using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning.Corpus;
using QuyHoach.Web.Tests.Outputs;

namespace QuyHoach.Web.Tests.Counting;

/// <summary>
/// A two-page sheet whose halves reach the same counting-committee member in two uploads is read as one sheet, and
/// counted once; a page of it scanned again still goes to review as seen twice. The removal ballot is given twelve
/// more printed lines (thirteen in all, so its sheet takes two pages) before the staff print it.
/// </summary>
public sealed class ScanHalvesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task SecondHalfInALaterUpload_JoinsTheFirstAndCountsOnce_SamePageAgainSeenTwice()
    {
        var count = await ScanCount.OpenAsync(fixture.App, "Rà soát năm 2022 (tờ hai trang)");
        Assert.Equal(12L, await count.ScalarAsync<long>($"""
            WITH added AS (
                INSERT INTO ballot_candidates (id, ballot_id, position, full_name, written_in, passed_previous_steps, blocked_by_sequence)
                SELECT gen_random_uuid(), b.id, (SELECT max(position) FROM ballot_candidates WHERE ballot_id = b.id) + g, 'Người thử ' || g, false, true, false
                FROM ballots b CROSS JOIN generate_series(1, 12) AS g WHERE b.id = '{count.BallotId}'
                RETURNING 1)
            SELECT count(*) FROM added
            """));
        var pages = ScanFile.Boxes(BallotPaperKind.Removal, 13, 13, 0);
        var (first, second) = (pages[0].Boxes[0].Box, pages[1].Boxes[0].Box);
        var pdf = await DownloadedDocuments.GetAsync(count.Staff, $"/api/v1/conferences/{count.ConferenceId}/ballots.pdf", "application/pdf");
        var scans = ScanFile.MarkedScans(pdf, 150, [new(0, first, MarkStyle.Filled), new(1, second, MarkStyle.Crossed), new(2, first, MarkStyle.Filled)], seed: 15);
        Assert.Equal(10, scans.Count);

        // The first half of sheet 1 with the whole of sheet 2, then the second half of sheet 1 alone.
        await ScanCount.UploadAsync(count.CounterA, count.ConferenceId, ScanFile.Pdf([scans[0], scans[2], scans[3]], 150), "lan-1.pdf");
        await count.ReadBoardAsync(count.CounterA);
        await ScanCount.UploadAsync(count.CounterA, count.ConferenceId, ScanFile.Pdf([scans[1]], 150), "lan-2.pdf");
        var board = await count.ReadBoardAsync(count.CounterA);

        Assert.Equal(0, board.GetProperty("review").GetArrayLength());
        Assert.Equal([(1, 0, 0), (1, 0, 0)], board.GetProperty("uploads").EnumerateArray()
            .Select(u => (u.GetProperty("valid").GetInt32(), u.GetProperty("invalid").GetInt32(), u.GetProperty("review").GetInt32())));
        var totals = board.GetProperty("totals")[0];
        Assert.Equal((2, 0, 0), (totals.GetProperty("valid").GetInt32(), totals.GetProperty("invalid").GetInt32(), totals.GetProperty("pending").GetInt32()));
        Assert.Equal("2,1", await count.ScalarAsync<string>($"""
            SELECT string_agg(jsonb_array_length(jsonb_path_query_array(s.boxes, '$[*] ? (@.mark == "Marked")'))::text, ',' ORDER BY u.uploaded_at DESC)
            FROM scan_sheets s JOIN scan_uploads u ON u.id = s.upload_id WHERE u.conference_id = '{count.ConferenceId}' AND s.joined_into IS NULL
            """));

        // The joined part is decided nowhere but on the whole sheet.
        var part = await count.ScalarAsync<Guid>($"SELECT s.id FROM scan_sheets s JOIN scan_uploads u ON u.id = s.upload_id WHERE u.conference_id = '{count.ConferenceId}' AND s.joined_into IS NOT NULL");
        Assert.Contains("đã được ghép", await count.CounterA.RefusedAsync(HttpStatusCode.Conflict, HttpMethod.Post, $"/api/v1/scan-sheets/{part}/decision",
            new { decision = "Invalid", reason = "Thiếu trang" }), StringComparison.Ordinal);

        // The first page of sheet 1 scanned once more is a page seen twice.
        await ScanCount.UploadAsync(count.CounterA, count.ConferenceId, ScanFile.Pdf([scans[0]], 150), "lan-3.pdf");
        board = await count.ReadBoardAsync(count.CounterA);
        var review = Assert.Single(board.GetProperty("review").EnumerateArray());
        Assert.Equal(("lan-3.pdf", "Trang này đã được quét"), (review.GetProperty("fileName").GetString(), review.GetProperty("reason").GetString()));
    }
}
