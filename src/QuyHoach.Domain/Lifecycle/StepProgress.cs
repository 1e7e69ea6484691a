namespace QuyHoach.Domain.Lifecycle;

/// <summary>Trạng thái bước: where a step of a round stands.</summary>
public enum StepState
{
    /// <summary>Chưa mở: no conference yet (or, for preparation, not recorded as done).</summary>
    NotOpened,

    /// <summary>Đang họp: the conference is open; attendance, tallies or their computation are still to come.</summary>
    InSession,

    /// <summary>Chờ nhập lần hai: a tally entered once, or two entries that disagree.</summary>
    AwaitingSecondEntry,

    /// <summary>Có kết quả: results computed but not final (a tie awaits the head's decision).</summary>
    ResultsIn,

    /// <summary>Đã niêm phong: final results, sealed (not announced, R-DISC-1); the step is complete.</summary>
    Sealed,

    /// <summary>Hoàn thành: final results announced, or a step without ballot held with quorum or recorded done.</summary>
    Done,
}

/// <summary>Việc cần làm tiếp ở một bước.</summary>
public enum StepNextAction
{
    /// <summary>Nothing: the step is complete, or the round has ended.</summary>
    None,

    /// <summary>Ghi ngày hoàn thành bước chuẩn bị.</summary>
    RecordCompletion,

    /// <summary>Mở hội nghị.</summary>
    OpenConference,

    /// <summary>Điểm danh đủ số lượng tối thiểu (R-QUO-1).</summary>
    RecordAttendance,

    /// <summary>Nhập biên bản kiểm phiếu.</summary>
    EnterTally,

    /// <summary>Thành viên thứ hai của tổ kiểm phiếu nhập biên bản.</summary>
    EnterSecondTally,

    /// <summary>Nhập lại hoặc giải quyết chênh lệch giữa hai lần nhập.</summary>
    ResolveMismatch,

    /// <summary>Tính kết quả.</summary>
    ComputeResults,

    /// <summary>Người đứng đầu quyết định khi bằng phiếu (R-TIE-1).</summary>
    HeadDecision,
}

/// <summary>Vì sao bước không có phiếu.</summary>
public enum NoBallotReason
{
    /// <summary>The step has ballots (or will, when its conference opens).</summary>
    None,

    /// <summary>Bước chuẩn bị của cơ quan tham mưu: no conference, no vote.</summary>
    Preparation,

    /// <summary>Tập thể lãnh đạo thống nhất kế hoạch và danh sách nguồn: a conference, no vote on people.</summary>
    Adoption,

    /// <summary>Không có ai để bỏ phiếu: the step's ballot had no candidate for any title.</summary>
    NoCandidates,
}

/// <summary>Đúng hạn, trễ hạn, quá hạn: a step against its due date, in calendar days.</summary>
public enum StepTimeliness
{
    /// <summary>Không có hạn (or no date to compare).</summary>
    NoDueDate,

    /// <summary>Chưa đến hạn: <see cref="StepProgress.Days"/> days left.</summary>
    NotYetDue,

    /// <summary>Đến hạn hôm nay.</summary>
    DueToday,

    /// <summary>Quá hạn: not complete, <see cref="StepProgress.Days"/> days past the due date.</summary>
    Overdue,

    /// <summary>Hoàn thành đúng hạn (on or before the due date).</summary>
    OnTime,

    /// <summary>Hoàn thành trễ <see cref="StepProgress.Days"/> ngày.</summary>
    Late,

    /// <summary>The round ended (closed or cancelled) with the step unfinished: no longer counted as overdue.</summary>
    Stopped,
}

/// <summary>Tiến độ của một bước: its state, completion, timeliness, next action and why it holds no ballot.</summary>
/// <param name="State">Trạng thái.</param>
/// <param name="Complete">The step's results are final (a later step may open).</param>
/// <param name="CompletedOn">The conference date of a complete step (the recorded date for preparation).</param>
/// <param name="Timeliness">Against the due date.</param>
/// <param name="Days">Days left, overdue or late, by <see cref="Timeliness"/>; 0 otherwise.</param>
/// <param name="Next">What the officer does next at this step.</param>
/// <param name="NoBallot">Why the step holds no ballot.</param>
public sealed record StepProgress(
    StepState State, bool Complete, DateOnly? CompletedOn, StepTimeliness Timeliness, int Days, StepNextAction Next, NoBallotReason NoBallot);
