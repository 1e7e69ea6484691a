namespace QuyHoach.Documents.Development;

/// <summary>One item of the plan: who, what, when, which unit.</summary>
/// <param name="FullName">Họ và tên.</param>
/// <param name="PlannedTitle">Chức danh quy hoạch.</param>
/// <param name="Kind">Loại việc (đào tạo, bồi dưỡng; luân chuyển; biệt phái; nghĩa vụ).</param>
/// <param name="Content">Nội dung.</param>
/// <param name="Period">Thời gian (từ … đến …), or empty.</param>
/// <param name="DueOn">Hạn hoàn thành.</param>
/// <param name="ResponsibleUnit">Đơn vị chủ trì.</param>
/// <param name="Status">Tình trạng.</param>
public sealed record DevelopmentPlanLine(string FullName, string PlannedTitle, string Kind, string Content, string Period, DateOnly DueOn, string ResponsibleUnit, string Status);

/// <summary>
/// Kế hoạch đào tạo, bồi dưỡng, luân chuyển cán bộ trong quy hoạch năm …: the unit's yearly plan (R-USE-2), every open
/// item of its planned cadres with its due date, under the official heading of the unit.
/// </summary>
public sealed record DevelopmentPlan
{
    public required IssuingBody Body { get; init; }

    /// <summary>Số, e.g. "Số:     /KH-SCT" (left for the number to be written).</summary>
    public required string Number { get; init; }

    public required DateOnly Date { get; init; }

    public required int Year { get; init; }

    /// <summary>Căn cứ lines from the rule set's legal catalogue, each ending with ";".</summary>
    public required IReadOnlyList<string> Bases { get; init; }

    public required IReadOnlyList<DevelopmentPlanLine> Lines { get; init; }

    public required SignatureColumn Signer { get; init; }

    public required IReadOnlyList<string> Recipients { get; init; }
}
