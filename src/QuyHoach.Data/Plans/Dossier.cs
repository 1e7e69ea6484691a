namespace QuyHoach.Data.Plans;

/// <summary>
/// Hồ sơ nhân sự quy hoạch: the dossier of one cadre proposed for one title by a round (R-DOS-1). Its documents are
/// kept per item with their dates and files; the approving body's consideration date judges their freshness (R-DOS-2),
/// the date a complete dossier was received starts the 30-working-day clock (R-AUTH-2), and the Organisation Board's
/// appraisal of the political standard is recorded before approval (R-DOS-3).
/// </summary>
public sealed class Dossier : CreatedRow
{
    public Guid Id { get; set; }

    public Guid RoundId { get; set; }

    public Guid TitleId { get; set; }

    public Guid CadreId { get; set; }

    /// <summary>Ngày xem xét: the approving body's meeting date (R-DOS-2 default reading); null until known.</summary>
    public DateOnly? ConsideredOn { get; set; }

    /// <summary>Ngày nhận hồ sơ đầy đủ: the day the approving body's staff agency received the complete dossier (R-AUTH-2).</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>Thẩm định tiêu chuẩn chính trị (R-DOS-3): null until appraised.</summary>
    public AppraisalOutcome? Appraisal { get; set; }

    public DateOnly? AppraisedOn { get; set; }

    public string? AppraisalNote { get; set; }

    /// <summary>
    /// PostgreSQL's <c>xmin</c> of the row (a system column: no migration), new after every write. The dates and the
    /// appraisal carry the value read; saving over a newer row is refused (optimistic concurrency).
    /// </summary>
    public uint Version { get; set; }

    public List<DossierDocument> Documents { get; } = [];
}

/// <summary>Kết luận thẩm định tiêu chuẩn chính trị.</summary>
public enum AppraisalOutcome
{
    /// <summary>Đạt tiêu chuẩn chính trị.</summary>
    Met,

    /// <summary>Không đạt: the cadre cannot be approved and leaves the plan without a vote (R-REM-AUTO d).</summary>
    NotMet,
}
