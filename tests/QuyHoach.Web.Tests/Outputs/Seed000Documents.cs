using System.Net;
using QuyHoach.Web.Tests.Planning;

namespace QuyHoach.Web.Tests.Outputs;

/// <summary>
/// The documents of kế hoạch rà soát năm 2023 của Ban Thường vụ Tỉnh ủy's provincial review once it is closed: the removal vote's minutes (sealed), the summary
/// of a candidate who failed the key-cadre step and was not voted on after it (R-SEQ-1), and the proposed list with
/// its removal proposal. Out of scope, nothing exists (404).
/// </summary>
internal static class Seed000Documents
{
    public static async Task AssertAsync(PlanningClient staff, PlanningClient outOfScope, Guid roundId, Guid removalBallotId)
    {
        // Step 1, BTV: 8 of 15 convened to remove (53,33 %) passes; 7 (46,67 %) does not.
        var removal = await DownloadedDocuments.WordAsync(staff, $"/api/v1/ballots/{removalBallotId}/minutes.docx");
        var text = string.Join('\n', removal);
        Assert.Contains("trên 50% so với tổng số người được triệu tập", text, StringComparison.Ordinal);
        Assert.Contains("được triệu tập: 15 người; có mặt: 12 người; vắng mặt: 3 người", text, StringComparison.Ordinal);
        Assert.Contains("53,33%", removal);
        Assert.Contains("46,67%", removal);
        Assert.Contains("Kết quả kiểm phiếu không công bố tại hội nghị.", removal);
        Assert.Contains("Lương Văn Sơn", removal);

        // The summary leaves SCT-0006's later steps empty: 11 of 40 (27,50 %) failed the key-cadre step.
        var summary = await DownloadedDocuments.WordAsync(staff, $"/api/v1/rounds/{roundId}/tally-summary.docx");
        Assert.Contains("27,50%", summary);
        Assert.Contains("52,50%", summary);
        Assert.Contains("Không đạt", summary);

        var list = await DownloadedDocuments.ExcelAsync(staff, $"/api/v1/rounds/{roundId}/proposed-list.xlsx");
        var proposed = list["Đề nghị quy hoạch"].Skip(1).ToArray();
        Assert.Equal(3, proposed.Length);
        Assert.Contains("SCT-0005", proposed[0], StringComparison.Ordinal);
        Assert.Contains("80,00%", proposed[0], StringComparison.Ordinal);
        Assert.Contains("SCT-0008", proposed[1], StringComparison.Ordinal);
        Assert.Contains("SCT-0009", proposed[2], StringComparison.Ordinal);
        var removals = list["Đưa ra khỏi quy hoạch"].Skip(1).ToArray();
        var proposal = Assert.Single(removals);
        Assert.Contains("SCT-0020", proposal, StringComparison.Ordinal);
        Assert.Contains("53,33%", proposal, StringComparison.Ordinal);
        Assert.Contains("Không còn đủ tiêu chuẩn, điều kiện", proposal, StringComparison.Ordinal);

        Assert.Contains("Không tìm thấy", await DownloadedDocuments.RefusedAsync(outOfScope, HttpStatusCode.NotFound, $"/api/v1/rounds/{roundId}/proposed-list.xlsx"), StringComparison.Ordinal);
        await DownloadedDocuments.RefusedAsync(outOfScope, HttpStatusCode.NotFound, $"/api/v1/ballots/{removalBallotId}/minutes.docx");
    }
}
