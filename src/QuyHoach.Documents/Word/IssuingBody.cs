namespace QuyHoach.Documents.Word;

/// <summary>Hệ thống văn bản: which official layout a body's documents follow.</summary>
public enum BodyKind
{
    /// <summary>Cơ quan Đảng: HD 36-HD/VPTW (ĐẢNG CỘNG SẢN VIỆT NAM, "*" under the body's name).</summary>
    Party,

    /// <summary>Cơ quan nhà nước: NĐ 30/2020/NĐ-CP (Quốc hiệu and Tiêu ngữ, a short rule under the body's name).</summary>
    State,
}

/// <summary>
/// Cơ quan ban hành: the body named at the top left of a document, under its superior body.
/// </summary>
/// <param name="Kind">Party or State layout.</param>
/// <param name="Superior">Tên cơ quan cấp trên, e.g. "ĐẢNG BỘ TỈNH NAM ĐỊNH" or "UBND TỈNH NAM ĐỊNH"; empty for none.</param>
/// <param name="Name">Tên cơ quan ban hành, e.g. "ĐẢNG ỦY SỞ CÔNG THƯƠNG" or "SỞ CÔNG THƯƠNG".</param>
/// <param name="Place">Địa danh for the date line, e.g. "Nam Định".</param>
/// <remarks>Names are shown in capitals whatever case they are given in (Vietnamese upper-casing keeps diacritics).</remarks>
public sealed record IssuingBody(BodyKind Kind, string Superior, string Name, string Place);
