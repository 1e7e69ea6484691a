namespace QuyHoach.Documents.Decisions;

/// <summary>Báo cáo kết quả rà soát, bổ sung quy hoạch gửi cấp trên (R-TIME-2: reviewed in Q1, reported in Q2).</summary>
public sealed record HigherLevelReport : OfficialLetter
{
    /// <summary>Kính gửi, e.g. "Ban Tổ chức Tỉnh ủy".</summary>
    public required string Recipient { get; init; }

    public required RoundInfo Round { get; init; }

    /// <summary>The approving decision, e.g. "Quyết định số 123-QĐ/TU ngày 30/11/2026 của Ban Thường vụ Tỉnh ủy".</summary>
    public required string DecisionReference { get; init; }

    /// <summary>Số lượng per title.</summary>
    public required IReadOnlyList<TitleCount> Counts { get; init; }

    /// <summary>Cơ cấu of the plan after the review.</summary>
    public required PlanStructure Structure { get; init; }

    /// <summary>Added to the plan, per title.</summary>
    public IReadOnlyList<TitleGroup> Added { get; init; } = [];

    /// <summary>Removed from the plan.</summary>
    public IReadOnlyList<RemovalLine> Removed { get; init; } = [];
}

/// <summary>Số lượng quy hoạch of one title: before the review, added, removed, and after.</summary>
public sealed record TitleCount(string TitleName, int Before, int Added, int Removed)
{
    /// <summary>Sau rà soát = trước + bổ sung − đưa ra.</summary>
    public int After => Before + Added - Removed;
}

/// <summary>
/// Cơ cấu: how many of the planned people (counted once each) are women, young, of an ethnic minority.
/// </summary>
/// <param name="Total">Tổng số người trong quy hoạch sau rà soát.</param>
/// <param name="Women">Cán bộ nữ.</param>
/// <param name="Young">Cán bộ trẻ as the caller counts them.</param>
/// <param name="YoungLabel">How "young" is defined, e.g. "dưới 45 tuổi".</param>
/// <param name="EthnicMinority">Cán bộ người dân tộc thiểu số.</param>
/// <param name="ScienceTechnology">Cán bộ có trình độ khoa học, công nghệ (R-STR-5); null under a regime without that
/// dimension.</param>
public sealed record PlanStructure(int Total, int Women, int Young, string YoungLabel, int EthnicMinority, int? ScienceTechnology = null);
