using QuyHoach.Domain.Voting;

namespace QuyHoach.Data.Planning;

/// <summary>
/// Phiếu biểu quyết của một chức danh tại một hội nghị: the candidates carried from the previous step (R-SEQ-1) or
/// from the source list, the double-entered tally, and the results computed from the reconciled tally only.
/// </summary>
public sealed class Ballot
{
    public Guid Id { get; set; }

    public Guid ConferenceId { get; set; }

    public Guid TitleId { get; set; }

    public VoteStep Vote { get; set; }

    public BallotStatus Status { get; set; }

    /// <summary>The tally the results are computed from (a reconciled entry, a resolution or a correction).</summary>
    public Guid? AcceptedEntryId { get; set; }

    /// <summary>Who resolved a mismatch by choosing one entry, and why.</summary>
    public Guid? ResolvedByUserId { get; set; }

    public string? ResolutionReason { get; set; }

    public DateTimeOffset? ResultsComputedAt { get; set; }

    public int? MinAgreeToPass { get; set; }

    /// <summary>Final step: seats the head must fill among the tied candidates (R-TIE-1); 0 when none.</summary>
    public int SeatsForHead { get; set; }

    public List<BallotCandidate> Candidates { get; set; } = [];
}

/// <summary>Trạng thái nhập biên bản kiểm phiếu.</summary>
public enum BallotStatus
{
    /// <summary>Chờ nhập (no entry, or one entry: the second member has not entered yet).</summary>
    AwaitingEntries,

    /// <summary>Hai lần nhập không khớp: re-entry or explicit resolution needed.</summary>
    Mismatch,

    /// <summary>Đã đối chiếu khớp.</summary>
    Reconciled,

    /// <summary>Đã tính kết quả.</summary>
    ResultsComputed,
}

/// <summary>Một dòng trên phiếu: a candidate (or a written-in name) and, once computed, the result.</summary>
public sealed class BallotCandidate
{
    public Guid Id { get; set; }

    public Guid BallotId { get; set; }

    public int Position { get; set; }

    public Guid? CadreId { get; set; }

    public string FullName { get; set; } = "";

    /// <summary>Ghi thêm: written in at the key-cadre step where the rule set allows it.</summary>
    public bool WrittenIn { get; set; }

    /// <summary>Passed every earlier step of the round (R-SEQ-1).</summary>
    public bool PassedPreviousSteps { get; set; }

    public int? Agree { get; set; }

    public bool? Passed { get; set; }

    public bool? Selected { get; set; }

    public bool BlockedBySequence { get; set; }
}
