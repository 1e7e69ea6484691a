using System.Net;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Outputs;

/// <summary>
/// The documents of Kế hoạch 331/KH-SCT's round once it is closed, downloaded through the API and reopened: the minutes of the
/// sealed key-cadre step and of the announced final step, the summary across steps, the proposed list. A delegate in
/// scope may not download what carries sealed counts (R-DISC-1).
/// </summary>
internal static class Seed001Documents
{
    /// <summary>Three downloads by the staff and one by the delegate succeed, each audited; the refused ones are not.</summary>
    public static async Task AssertAsync(PlanningClient staff, PlanningClient delegate_, Guid roundId)
    {
        var round = await staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}");
        var conferences = round.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("number").GetInt32(), s => s.GetProperty("conferenceId").GetGuid());
        async Task<Guid> BallotAsync(int step, string title) =>
            RoundDriver.Ballot(await staff.OkAsync(HttpMethod.Get, $"/api/v1/conferences/{conferences[step]}"), title).GetProperty("id").GetGuid();
        var keyCadres = await BallotAsync(2, "SCT-TP");
        var final = await BallotAsync(4, "SCT-TP");

        // Step 2 (sealed): 20 present, ≥ 30 %: 6 of 20 is exactly 30,00 % and passes, 5 fails.
        var minutes = await DownloadedDocuments.WordAsync(staff, $"/api/v1/ballots/{keyCadres}/minutes.docx");
        var text = string.Join('\n', minutes);
        Assert.Contains("BIÊN BẢN KIỂM PHIẾU", minutes);
        Assert.Contains("có mặt: 20 người", text, StringComparison.Ordinal);
        Assert.Contains("Số phiếu hợp lệ: 19 phiếu; số phiếu không hợp lệ: 1 phiếu.", text, StringComparison.Ordinal);
        Assert.Contains("từ 30% trở lên so với tổng số người có mặt", text, StringComparison.Ordinal);
        Assert.Contains("30,00%", minutes);
        Assert.Contains("25,00%", minutes);
        Assert.Contains("Đạt", minutes);
        Assert.Contains("Không đạt", minutes);
        Assert.Contains("Kết quả kiểm phiếu không công bố tại hội nghị.", minutes);
        Assert.Contains("Phạm Minh Đức", minutes);
        Assert.Contains("Ghi thêm vào phiếu", minutes);
        var refused = await DownloadedDocuments.RefusedAsync(delegate_, HttpStatusCode.Forbidden, $"/api/v1/ballots/{keyCadres}/minutes.docx");
        Assert.Contains("không công bố (R-DISC-1)", refused, StringComparison.Ordinal);

        // Final step (announced): a delegate may download it; 6 of 7 convened, ranks and the head's choice.
        var finalMinutes = await DownloadedDocuments.WordAsync(delegate_, $"/api/v1/ballots/{final}/minutes.docx");
        Assert.Contains("Kết quả kiểm phiếu được công bố tại hội nghị.", finalMinutes);
        Assert.Contains("85,71%", finalMinutes);
        Assert.Contains("57,14%", finalMinutes);
        Assert.Contains(finalMinutes, l => l.Contains("Người đứng đầu quyết định", StringComparison.Ordinal));

        var summary = await DownloadedDocuments.WordAsync(staff, $"/api/v1/rounds/{roundId}/tally-summary.docx");
        Assert.Contains(summary, l => l.Contains("Bước 2", StringComparison.Ordinal));
        Assert.Contains(summary, l => l.Contains("Bước 4", StringComparison.Ordinal));
        Assert.Contains("75,00%", summary);
        Assert.Contains("30,00%", summary);
        await DownloadedDocuments.RefusedAsync(delegate_, HttpStatusCode.Forbidden, $"/api/v1/rounds/{roundId}/tally-summary.docx");

        var list = await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/rounds/{roundId}/proposed-list.xlsx");
        var proposed = list["Đề nghị quy hoạch"];
        Assert.Equal(3, proposed.Length);
        Assert.StartsWith("1 | ", proposed[1], StringComparison.Ordinal);
        Assert.Contains("SCT-0015", proposed[1], StringComparison.Ordinal);
        Assert.Contains("85,71%", proposed[1], StringComparison.Ordinal);
        Assert.Contains("SCT-0017", proposed[2], StringComparison.Ordinal);
        Assert.Contains("Người đứng đầu quyết định", proposed[2], StringComparison.Ordinal);
        Assert.DoesNotContain(proposed, r => r.Contains("SCT-0016", StringComparison.Ordinal));
        Assert.Single(list["Đưa ra khỏi quy hoạch"]);
    }
}
