namespace QuyHoach.Documents.Decisions;

/// <summary>Danh sách trích ngang: the planned people per title with their particulars (Word and PDF).</summary>
public sealed record SummaryList
{
    public required IssuingBody Body { get; init; }

    /// <summary>Số; null when the list is attached to another document unnumbered.</summary>
    public string? Number { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>What is planned, e.g. "các chức danh lãnh đạo, quản lý Sở Công Thương".</summary>
    public required string Scope { get; init; }

    public required string Term { get; init; }

    public required IReadOnlyList<TitleGroup> Titles { get; init; }

    /// <summary>Who signs, left to right (e.g. "Người lập biểu", "Giám đốc").</summary>
    public required IReadOnlyList<SignatureColumn> Signatures { get; init; }
}
