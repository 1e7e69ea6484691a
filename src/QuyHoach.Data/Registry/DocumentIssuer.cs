namespace QuyHoach.Data.Registry;

/// <summary>Hệ thống văn bản of an issuer: Party (HD 36-HD/VPTW) or State (NĐ 30/2020/NĐ-CP).</summary>
public enum IssuerLayout
{
    /// <summary>Cơ quan Đảng.</summary>
    Party,

    /// <summary>Cơ quan nhà nước.</summary>
    State,
}

/// <summary>
/// Cơ quan ban hành văn bản: how an organisation signs the documents of one layout, so that a generated document
/// comes out as its office would sign it: the managing body above the name, the name, the number series, the place,
/// the head's position, the collective that decides (T/M line), and who proposes to it (the "Xét đề nghị của" line).
/// One row per organisation and layout, e.g. Tỉnh ủy Nam Định (Party) and Sở Công Thương (State).
/// </summary>
public sealed class DocumentIssuer
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public IssuerLayout Layout { get; set; }

    /// <summary>Cơ quan chủ quản, e.g. "UBND tỉnh Nam Định", "Đảng bộ tỉnh Nam Định"; empty when none (a Tỉnh ủy).</summary>
    public string Superior { get; set; } = "";

    /// <summary>Tên cơ quan ban hành, e.g. "Tỉnh ủy Nam Định", "Sở Công Thương".</summary>
    public string Name { get; set; } = "";

    /// <summary>The name in running text and in the authority line, e.g. "Tỉnh ủy", "Sở Công Thương".</summary>
    public string ShortName { get; set; } = "";

    /// <summary>Chữ viết tắt tên cơ quan in numbers: "TU" (Số 1520-QĐ/TU), "SCT" (Số: 15/QĐ-SCT).</summary>
    public string Code { get; set; } = "";

    /// <summary>Địa danh of the date line, e.g. "Nam Định".</summary>
    public string Place { get; set; } = "";

    /// <summary>Người đứng đầu, e.g. "Bí thư", "Giám đốc".</summary>
    public string HeadPosition { get; set; } = "";

    /// <summary>Tập thể quyết định, e.g. "Ban Thường vụ" (signs "T/M BAN THƯỜNG VỤ"); null where the head decides.</summary>
    public string? Collective { get; set; }

    /// <summary>Who proposes to it: the "Xét đề nghị của …" line, e.g. "Ban Tổ chức Tỉnh ủy", "Chánh Văn phòng Sở".</summary>
    public string Proposer { get; set; } = "";

    /// <summary>Cơ quan tham mưu that writes its submissions, e.g. "Ban Tổ chức"; null when it submits itself.</summary>
    public string? OfficeName { get; set; }

    /// <summary>The office's code in numbers, e.g. "BTCTU" (Số 12-TTr/BTCTU).</summary>
    public string? OfficeCode { get; set; }

    /// <summary>The office's head, e.g. "Trưởng ban".</summary>
    public string? OfficeHead { get; set; }
}
