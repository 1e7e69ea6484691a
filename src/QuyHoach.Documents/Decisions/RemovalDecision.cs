using QuyHoach.Documents.Word;

namespace QuyHoach.Documents.Decisions;

/// <summary>Quyết định đưa ra khỏi quy hoạch (R-REM-VOTE after a vote, R-REM-AUTO without one).</summary>
public sealed record RemovalDecision
{
    public required IssuingBody Body { get; init; }

    /// <summary>Số, e.g. "Số 130-QĐ/TU".</summary>
    public required string Number { get; init; }

    public required DateOnly SignedOn { get; init; }

    /// <summary>Ngày có hiệu lực; usually the signing date.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Thẩm quyền ban hành, e.g. "BAN THƯỜNG VỤ TỈNH ỦY".</summary>
    public required string Authority { get; init; }

    /// <summary>The plan the cadres leave, e.g. "các chức danh lãnh đạo, quản lý Sở Công Thương".</summary>
    public required string Scope { get; init; }

    public required string Term { get; init; }

    public required IReadOnlyList<string> Bases { get; init; }

    /// <summary>Who proposed it, e.g. "Ban Tổ chức Tỉnh ủy": the "Xét đề nghị của …" line after the bases; null for none.</summary>
    public string? Proposer { get; init; }

    /// <summary>The cadres removed, in order.</summary>
    public required IReadOnlyList<RemovalLine> Lines { get; init; }

    public required IReadOnlyList<string> Responsible { get; init; }

    public required SignatureColumn Signer { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }
}
