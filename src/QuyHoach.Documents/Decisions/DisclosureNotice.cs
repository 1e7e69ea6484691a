namespace QuyHoach.Documents.Decisions;

/// <summary>Thông báo danh sách quy hoạch: who was approved or removed, made known within the unit (R-PUB-2, R-PUB-3).</summary>
public sealed record DisclosureNotice : OfficialLetter
{
    /// <summary>The decision(s) notified, e.g. "Quyết định số 123-QĐ/TU ngày 30/11/2026 của Ban Thường vụ Tỉnh ủy".</summary>
    public required string DecisionReference { get; init; }

    public required string Term { get; init; }

    /// <summary>Approved list per title; empty when the notice is of removals only.</summary>
    public IReadOnlyList<TitleGroup> Approved { get; init; } = [];

    /// <summary>Removed cadres; empty when none.</summary>
    public IReadOnlyList<RemovalLine> Removed { get; init; } = [];

    /// <summary>Thông báo đến: the collectives and people informed, e.g. "Ban Chấp hành Đảng bộ Sở".</summary>
    public required IReadOnlyList<string> NotifiedTo { get; init; }

    /// <summary>The range the list stays within, e.g. "Đảng ủy, tập thể lãnh đạo Sở và cán bộ có tên trong danh sách".</summary>
    public required string Within { get; init; }
}
