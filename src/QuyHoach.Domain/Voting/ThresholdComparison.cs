namespace QuyHoach.Domain.Voting;

/// <summary>So sánh với ngưỡng: whether reaching the threshold exactly passes ("từ … trở lên") or not ("trên …").</summary>
public enum ThresholdComparison
{
    /// <summary>"Từ … trở lên" (at least): exactly the threshold passes (R-VOTE-30).</summary>
    Inclusive,

    /// <summary>"Trên …" (more than): exactly the threshold fails (R-VOTE-50P, R-VOTE-50C, R-REM-VOTE).</summary>
    Strict,
}
