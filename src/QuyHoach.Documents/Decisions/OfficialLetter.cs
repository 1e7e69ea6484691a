namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Thể thức of a letter a unit sends (tờ trình, báo cáo, thông báo): the issuing body, the number and date under its
/// heading, the plan concerned, and the foot (signer and Nơi nhận), declared once for every such letter.
/// </summary>
public abstract record OfficialLetter
{
    /// <summary>Cơ quan ban hành: the unit that sends it, and the layout it follows.</summary>
    public required IssuingBody Body { get; init; }

    /// <summary>Số, e.g. "Số 15-TTr/ĐU" or "Số: 15/TTr-SCT".</summary>
    public required string Number { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>What is planned, e.g. "các chức danh lãnh đạo, quản lý Sở Công Thương".</summary>
    public required string Scope { get; init; }

    /// <summary>Người ký, e.g. ["T/M ĐẢNG ỦY", "BÍ THƯ"] and the name, or ["GIÁM ĐỐC"].</summary>
    public required SignatureColumn Signer { get; init; }

    /// <summary>Nơi nhận.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }
}
