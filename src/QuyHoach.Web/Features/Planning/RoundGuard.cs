namespace QuyHoach.Web.Features.Planning;

/// <summary>
/// Đợt đã khép lại: a closed or cancelled round changes no more. One refusal per kind of change, worded for the round's
/// end (kết thúc or hủy), so every handler asks here instead of comparing statuses itself.
/// </summary>
public static class RoundGuard
{
    /// <summary>The round is closed or cancelled.</summary>
    public static bool Ended(PlanningRound round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return !RoundProgress.IsRunning(round.Status);
    }

    /// <summary>Null while the round runs; else a 409 saying the round has ended and <paramref name="what"/> cannot change.</summary>
    /// <param name="round">The round.</param>
    /// <param name="what">What is refused, e.g. "không mở được hội nghị".</param>
    public static Refusal? RefuseIfEnded(PlanningRound round, string what)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.Status switch
        {
            RoundStatus.Cancelled => Refusal.Conflict($"Đợt quy hoạch đã bị hủy: {what}."),
            RoundStatus.Closed => Refusal.Conflict($"Đợt quy hoạch đã kết thúc: {what}."),
            RoundStatus.Draft or RoundStatus.InProgress => null,
        };
    }
}
