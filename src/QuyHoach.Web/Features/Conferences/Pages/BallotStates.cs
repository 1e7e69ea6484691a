namespace QuyHoach.Web.Features.Conferences.Pages;

/// <summary>Trạng thái của phiếu as the conference page names it: one Vietnamese label per typed status.</summary>
public static class BallotStates
{
    public static string Label(BallotStatus status) => status switch
    {
        BallotStatus.AwaitingEntries => "Chờ nhập biên bản kiểm phiếu",
        BallotStatus.Mismatch => "Hai lần nhập chênh lệch",
        BallotStatus.Reconciled => "Đã đối chiếu khớp",
        BallotStatus.ResultsComputed => "Đã có kết quả",
    };

    /// <summary>A person on the page: the name, then the current title and unit when known (never a code).</summary>
    public static string Person(string fullName, string? post) => post is null ? fullName : $"{fullName} · {post}";
}
