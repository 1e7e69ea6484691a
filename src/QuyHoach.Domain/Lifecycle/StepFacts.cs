namespace QuyHoach.Domain.Lifecycle;

/// <summary>Tình trạng một phiếu biểu quyết: how far its double-entered tally has gone.</summary>
public enum BallotProgress
{
    /// <summary>Chưa nhập biên bản.</summary>
    NoEntry,

    /// <summary>Đã nhập một lần: the second member of the counting committee has not entered yet.</summary>
    OneEntry,

    /// <summary>Hai lần nhập không khớp: a re-entry or an explicit resolution is needed.</summary>
    Mismatch,

    /// <summary>Hai lần nhập khớp; kết quả chưa tính.</summary>
    Reconciled,

    /// <summary>Đã tính kết quả.</summary>
    Results,
}

/// <summary>
/// Hội nghị của một bước as the step rule needs it: its date, whether those present met the quorum (R-QUO-1, asked
/// of the round's rule set), every ballot's progress, and whether a tie at the last place still awaits the head
/// (R-TIE-1).
/// </summary>
/// <param name="HeldOn">Ngày họp.</param>
/// <param name="QuorumMet">At least the rule set's share of the convened were present.</param>
/// <param name="Ballots">One entry per ballot of the conference (none when the step holds no ballot or has no candidate).</param>
/// <param name="TieAwaitingHead">A final ballot left seats to the head and no decision is recorded yet.</param>
public sealed record ConferenceFacts(DateOnly HeldOn, bool QuorumMet, IReadOnlyList<BallotProgress> Ballots, bool TieAwaitingHead);

/// <summary>
/// Một bước của đợt quy hoạch as the step rule needs it.
/// </summary>
/// <param name="HoldsConference">A body is convened (false for the staff's preparation step).</param>
/// <param name="HoldsBallot">The step puts people to a vote (false for preparation and for the adoption of the list).</param>
/// <param name="Announced">Results announced at the conference (R-DISC-1); otherwise sealed.</param>
/// <param name="DueOn">Hạn hoàn thành, when the plan sets one.</param>
/// <param name="RecordedCompletion">The completion date staff recorded (only a step without a conference uses it).</param>
/// <param name="LaterStepStarted">A later step's conference has opened.</param>
/// <param name="Conference">The step's conference, once opened.</param>
public sealed record StepFacts(
    bool HoldsConference, bool HoldsBallot, bool Announced, DateOnly? DueOn, DateOnly? RecordedCompletion, bool LaterStepStarted, ConferenceFacts? Conference);
