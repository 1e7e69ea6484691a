namespace QuyHoach.Documents.Decisions;

/// <summary>
/// Tờ trình đề nghị phê duyệt quy hoạch: what the unit that ran the round submits to the approving authority (first
/// item of the dossier, R-DOS-1).
/// </summary>
/// <remarks>Its <see cref="OfficialLetter.Body"/> is the unit that ran the round.</remarks>
public sealed record Submission : OfficialLetter
{
    /// <summary>Kính gửi, e.g. "Ban Thường vụ Tỉnh ủy".</summary>
    public required string Recipient { get; init; }

    public required RoundInfo Round { get; init; }

    /// <summary>Căn cứ, one line each.</summary>
    public required IReadOnlyList<string> Bases { get; init; }

    /// <summary>The steps of the procedure, in order.</summary>
    public required IReadOnlyList<ProcedureStep> Steps { get; init; }

    /// <summary>The proposed list, per title.</summary>
    public required IReadOnlyList<ProposedTitle> Proposed { get; init; }

    /// <summary>Đề nghị đưa ra khỏi quy hoạch; empty when none.</summary>
    public IReadOnlyList<RemovalLine> Removals { get; init; } = [];

    /// <summary>The closing request, e.g. "Đảng ủy Sở Công Thương kính đề nghị Ban Thường vụ Tỉnh ủy xem xét, phê duyệt.".</summary>
    public required string Request { get; init; }
}

/// <summary>Một bước của quy trình.</summary>
/// <param name="Name">e.g. "Hội nghị cán bộ chủ chốt"; printed as "Bước 3: …", the steps numbered 1, 2, 3… in order.</param>
/// <param name="Date">Ngày tổ chức.</param>
/// <param name="Summary">Attendance and threshold lines as worded by the caller, e.g. "Triệu tập 45, có mặt 40".</param>
public sealed record ProcedureStep(string Name, DateOnly Date, IReadOnlyList<string> Summary);

/// <summary>The people proposed for one title.</summary>
public sealed record ProposedTitle(string TitleName, IReadOnlyList<ProposedPerson> People);

/// <summary>One proposed person with the result of the final step.</summary>
/// <param name="FullName">Họ và tên.</param>
/// <param name="BirthDate">Ngày sinh.</param>
/// <param name="CurrentPosition">Chức vụ hiện tại.</param>
/// <param name="Agree">Số phiếu đồng ý at the final step.</param>
/// <param name="Base">What the final step's ratio is measured against (the convened members).</param>
public sealed record ProposedPerson(string FullName, PartialDate BirthDate, string CurrentPosition, int Agree, int Base);
