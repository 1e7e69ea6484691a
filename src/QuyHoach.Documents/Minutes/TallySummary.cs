using QuyHoach.Domain.Voting;

namespace QuyHoach.Documents.Minutes;

/// <summary>
/// Bảng tổng hợp kết quả kiểm phiếu ở các bước: one row per candidate, for each ballot step the agree votes, the
/// base, the ratio and the result (Kế hoạch 331/KH-SCT, mục B.VI.1 puts it first in the dossier).
/// </summary>
public sealed record TallySummary
{
    public required IssuingBody Body { get; init; }

    /// <summary>Số văn bản; null when the table is not numbered (it is usually attached to the submission).</summary>
    public string? Number { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>What is planned, e.g. "các chức danh lãnh đạo Sở Công Thương".</summary>
    public required string Scope { get; init; }

    /// <summary>Nhiệm kỳ quy hoạch, e.g. "2025 - 2030".</summary>
    public required string PlannedTerm { get; init; }

    /// <summary>The ballot steps, in order; each candidate has one entry per step.</summary>
    public required IReadOnlyList<SummaryStep> Steps { get; init; }

    /// <summary>The candidates grouped by planned title.</summary>
    public required IReadOnlyList<SummaryTitle> Titles { get; init; }

    /// <summary>Who signs the table, left to right (e.g. "Người lập biểu", "T/M Đảng ủy / Bí thư").</summary>
    public required IReadOnlyList<SignatureColumn> Signatures { get; init; }
}

/// <summary>One ballot step's columns.</summary>
/// <param name="Name">e.g. "Bước 3: Hội nghị cán bộ chủ chốt".</param>
/// <param name="Base">What the step's ratio is measured against.</param>
/// <param name="Threshold">e.g. "từ 30% trở lên so với tổng số người có mặt".</param>
public sealed record SummaryStep(string Name, VoteBase Base, string Threshold);

/// <summary>The candidates for one planned title.</summary>
public sealed record SummaryTitle(string PlannedTitle, IReadOnlyList<SummaryCandidate> Candidates);

/// <summary>One candidate's row.</summary>
/// <param name="Votes">One entry per <see cref="TallySummary.Steps"/>; null where the candidate was not voted on
/// at that step (they failed an earlier one, R-SEQ-1).</param>
public sealed record SummaryCandidate(
    int Number,
    string FullName,
    PartialDate BirthDate,
    Sex Sex,
    string CurrentTitle,
    string SourceGroup,
    IReadOnlyList<StepVote?> Votes,
    string? Note = null);

/// <summary>A candidate's result at one step: agree votes, the base they are measured against, pass or fail.</summary>
public sealed record StepVote(int Agree, int Base, bool Passed);
