namespace QuyHoach.Data.Planning;

/// <summary>
/// Một lần nhập biên bản kiểm phiếu by one member of the counting committee. Two entries by two different members
/// must agree before results are computed; a re-entry supersedes the member's earlier one.
/// </summary>
public sealed class TallyEntry
{
    /// <summary>The unique index allowing one live (not superseded) entry per member per ballot (migration 0010).</summary>
    public const string LiveEntryIndex = "ux_tally_entries_live_entry";

    public Guid Id { get; set; }

    public Guid BallotId { get; set; }

    public Guid EnteredByUserId { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    /// <summary>Replaced by a re-entry of the same member (kept as evidence).</summary>
    public bool Superseded { get; set; }

    public int Issued { get; set; }

    public int Returned { get; set; }

    public int Valid { get; set; }

    public int Invalid { get; set; }

    public List<TallyEntryVote> Votes { get; set; } = [];
}

/// <summary>Số phiếu đồng ý của một dòng trong một lần nhập.</summary>
public sealed class TallyEntryVote
{
    public Guid EntryId { get; set; }

    public Guid CandidateId { get; set; }

    public int Agree { get; set; }
}

/// <summary>Sửa biên bản sau khi đã tính kết quả: who, when, why, and the tally before and after (JSON).</summary>
public sealed class TallyCorrection
{
    public Guid Id { get; set; }

    public Guid BallotId { get; set; }

    public Guid CorrectedByUserId { get; set; }

    public DateTimeOffset CorrectedAt { get; set; }

    public string Reason { get; set; } = "";

    public string BeforeJson { get; set; } = "";

    public string AfterJson { get; set; } = "";
}

/// <summary>
/// Quyết định của người đứng đầu (R-TIE-1): which tied candidates fill the last seats of a final ballot; the decider
/// must be the head of the presiding body on the conference date.
/// </summary>
public sealed class HeadDecision : RecordedRow
{
    public Guid Id { get; set; }

    public Guid BallotId { get; set; }

    public Guid DecidedByCadreId { get; set; }

    public DateOnly DecidedOn { get; set; }

    public Guid[] ChosenCandidateIds { get; set; } = [];

    public string Reason { get; set; } = "";
}
