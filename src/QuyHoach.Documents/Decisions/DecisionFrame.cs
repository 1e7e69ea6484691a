namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Thể thức của một quyết định về quy hoạch: what an approval and a removal decision both print around their Điều 1
/// (issuer, number and date, authority, bases, Điều 3, recipients and signer), filled once for both.
/// </summary>
public sealed record DecisionFrame
{
    /// <summary>Cơ quan ban hành: the approving authority (e.g. Tỉnh ủy Nam Định, or Sở Công Thương for its own titles).</summary>
    public required IssuingBody Body { get; init; }

    /// <summary>Số, e.g. "Số 123-QĐ/TU" or "Số: 123/QĐ-SCT".</summary>
    public required string Number { get; init; }

    /// <summary>Ngày ký: an approved plan takes effect on this date (R-EFF-1).</summary>
    public required DateOnly SignedOn { get; init; }

    /// <summary>Thẩm quyền ban hành as the line above the bases, e.g. "BAN THƯỜNG VỤ TỈNH ỦY" or "GIÁM ĐỐC SỞ CÔNG THƯƠNG".</summary>
    public required string Authority { get; init; }

    /// <summary>The plan concerned, e.g. "các chức danh lãnh đạo, quản lý Sở Công Thương".</summary>
    public required string Scope { get; init; }

    /// <summary>Nhiệm kỳ, e.g. "2025-2030".</summary>
    public required string Term { get; init; }

    /// <summary>Căn cứ, one line each.</summary>
    public required IReadOnlyList<string> Bases { get; init; }

    /// <summary>Who proposed it, e.g. "Ban Tổ chức Tỉnh ủy": the "Xét đề nghị của …" line after the bases; null for none.</summary>
    public string? Proposer { get; init; }

    /// <summary>Điều 3: the bodies responsible for carrying it out, e.g. "Ban Tổ chức Tỉnh ủy".</summary>
    public required IReadOnlyList<string> Responsible { get; init; }

    /// <summary>Người ký, e.g. ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"] and the name.</summary>
    public required SignatureColumn Signer { get; init; }

    /// <summary>Nơi nhận.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }
}
