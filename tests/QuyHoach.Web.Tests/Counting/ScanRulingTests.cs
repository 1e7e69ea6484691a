using System.Net;
using System.Text;
using QuyHoach.Documents.Ballots;
using QuyHoach.Scanning.Corpus;

namespace QuyHoach.Web.Tests.Counting;

/// <summary>
/// The committee's "valid" ruling on a sheet in review is judged as the reader judges a sheet (R-BAL-1) and a name it
/// types counts only for a written-in line of the same name. The key-cadre ballot (three lines, quota 2, two write-in
/// lines), eight sheets: lines 1 and 2 filled with a faint mark on line 3; line 1 filled and the first write-in line
/// marked; six with line 1 filled.
/// </summary>
public sealed class ScanRulingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task ValidRuling_OverQuotaOrUnknownWriteIn_RefusedAndNothingChanged()
    {
        var count = await ScanCount.OpenKeyCadresAsync(fixture.App, "Rà soát năm 2022 (quyết định phiếu quét)");
        var boxes = ScanFile.Boxes(BallotPaperKind.Nomination, 2, 3, 2)[0].Boxes;
        var marks = new List<PenMark>
        {
            new(0, boxes[0].Box, MarkStyle.Filled), new(0, boxes[1].Box, MarkStyle.Filled), new(0, boxes[2].Box, MarkStyle.Faint),
            new(1, boxes[0].Box, MarkStyle.Filled), new(1, boxes[3].Box, MarkStyle.Filled),
        };
        marks.AddRange(Enumerable.Range(2, 6).Select(sheet => new PenMark(sheet, boxes[0].Box, MarkStyle.Filled)));
        Assert.Equal(HttpStatusCode.Created, (await ScanCount.UploadAsync(count.CounterA, count.ConferenceId, await count.ScannedPdfAsync(marks), "chu-chot.pdf")).Status);
        var review = (await count.ReadBoardAsync(count.CounterA)).GetProperty("review").EnumerateArray().ToDictionary(r => r.GetProperty("position").GetInt32(), r => r.GetProperty("id").GetGuid());
        Assert.Equal(new[] { 0, 1 }, review.Keys.Order().ToArray());
        var (faint, writeIn) = (review[0], review[1]);

        // Three names on a sheet whose quota is two: the reader would call it invalid, so may the committee only.
        var over = await RefusedAsync(count, faint, [count.Line(0), count.Line(1), count.Line(2)], null);
        Assert.Contains("quá số được giới thiệu (2 người)", over, StringComparison.Ordinal);
        await DecideAsync(count, faint, [count.Line(0), count.Line(1)], null);

        // A typed name with no written-in line is refused, saying what to do; once staff add the line it counts, but
        // only under the same name (diacritics kept), and it counts towards the quota.
        Assert.Contains("chưa có dòng ghi thêm", await RefusedAsync(count, writeIn, [count.Line(0)], "Trần Thị Hà"), StringComparison.Ordinal);
        await count.Staff.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{count.BallotId}/write-ins", new { fullName = "Trần Thị Hà" });
        Assert.Contains("chưa có dòng ghi thêm", await RefusedAsync(count, writeIn, [count.Line(0)], "Trần Thị Hạ"), StringComparison.Ordinal);
        Assert.Contains("quá số được giới thiệu", await RefusedAsync(count, writeIn, [count.Line(0), count.Line(1)], "Trần Thị Hà"), StringComparison.Ordinal);
        await DecideAsync(count, writeIn, [count.Line(0)], "  trần   thị HÀ ".Normalize(NormalizationForm.FormD));

        var tally = await count.CounterA.OkAsync(HttpMethod.Post, $"/api/v1/ballots/{count.BallotId}/scan-tally", new { issued = 8, returned = 8 });
        Assert.Equal("awaiting-entries", tally.GetProperty("status").GetString());
        Assert.Equal("8,1,0,1", await count.ScalarAsync<string>($"""
            SELECT string_agg(v.agree::text, ',' ORDER BY c.position) FROM tally_entry_votes v
            JOIN tally_entries e ON e.id = v.entry_id JOIN ballot_candidates c ON c.id = v.candidate_id WHERE e.ballot_id = '{count.BallotId}'
            """));
    }

    private static async Task DecideAsync(ScanCount count, Guid sheet, Guid[] marked, string? writeIn) =>
        await count.CounterA.OkAsync(HttpMethod.Post, $"/api/v1/scan-sheets/{sheet}/decision", new { decision = "Valid", marked, writeIn, reason = "Tổ kiểm phiếu xem ảnh tờ phiếu" });

    /// <summary>The refusal's detail; the sheet stays undecided and nothing is audited.</summary>
    private static async Task<string> RefusedAsync(ScanCount count, Guid sheet, Guid[] marked, string? writeIn)
    {
        var before = await count.ScalarAsync<long>("SELECT count(*) FROM audit_events WHERE action = 'scan.sheet_decided'");
        var detail = await count.CounterA.RefusedAsync(HttpStatusCode.BadRequest, HttpMethod.Post, $"/api/v1/scan-sheets/{sheet}/decision",
            new { decision = "Valid", marked, writeIn, reason = "Tổ kiểm phiếu xem ảnh tờ phiếu" });
        Assert.True(await count.ScalarAsync<bool>($"SELECT decision IS NULL FROM scan_sheets WHERE id = '{sheet}'"));
        Assert.Equal(before, await count.ScalarAsync<long>("SELECT count(*) FROM audit_events WHERE action = 'scan.sheet_decided'"));
        return detail;
    }
}
