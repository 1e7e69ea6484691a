using QuyHoach.Domain.Voting;

namespace QuyHoach.Documents.Minutes;

/// <summary>
/// Biên bản kiểm phiếu: everything the tally minutes of one ballot step print (docs/rules/votes.md, tally sheet). The document only
/// presents: pass/fail and rank come from the voting rules and are given here.
/// </summary>
public sealed record TallyMinutes
{
    /// <summary>Cơ quan ban hành and the layout it follows.</summary>
    public required IssuingBody Body { get; init; }

    /// <summary>Số văn bản, e.g. "Số 05-BB/ĐU"; null when the minutes are not numbered.</summary>
    public string? Number { get; init; }

    /// <summary>Hội nghị and step, e.g. "Hội nghị cán bộ chủ chốt (bước 3)".</summary>
    public required string Conference { get; init; }

    /// <summary>What is planned, e.g. "các chức danh lãnh đạo, quản lý Sở Công Thương".</summary>
    public required string Scope { get; init; }

    /// <summary>Nhiệm kỳ quy hoạch, e.g. "2025 - 2030".</summary>
    public required string PlannedTerm { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>Giờ bắt đầu as recorded; null leaves the time dotted for hand-writing.</summary>
    public TimeOnly? Start { get; init; }

    /// <summary>Giờ kết thúc as recorded; null leaves the time dotted for hand-writing.</summary>
    public TimeOnly? End { get; init; }

    /// <summary>Địa điểm, e.g. "Hội trường Sở Công Thương".</summary>
    public required string Venue { get; init; }

    /// <summary>Chủ trì hội nghị.</summary>
    public required Participant Chair { get; init; }

    /// <summary>Ban kiểm phiếu, in the order they sign.</summary>
    public required IReadOnlyList<CountingMember> CountingCommittee { get; init; }

    public required BallotCounts Counts { get; init; }

    /// <summary>What the ratio is measured against: present (steps 3, 4) or convened (final step).</summary>
    public required VoteBase Base { get; init; }

    /// <summary>Nguyên tắc as the plan words it, e.g. "từ 30% trở lên so với tổng số người có mặt".</summary>
    public required string Threshold { get; init; }

    /// <summary>The candidates, grouped by the title they are planned for.</summary>
    public required IReadOnlyList<TitleTally> Titles { get; init; }

    /// <summary>False for sealed steps: "Kết quả kiểm phiếu không công bố tại hội nghị" (R-DISC-1).</summary>
    public required bool Announced { get; init; }

    /// <summary>Ghi chú cuối biên bản: the line saying the threshold or quorum is not yet confirmed by a published text
    /// (R-REG-2), or null.</summary>
    public string? Footnote { get; init; }

    /// <summary>The number the ratios are measured against.</summary>
    /// <summary>The counting log and the annex of page hashes when the ballot was counted from scans; null otherwise.</summary>
    public TallyScans? Scans { get; init; }

    public int BaseCount => Base.CountOf(Counts.Present, Counts.Convened);
}
