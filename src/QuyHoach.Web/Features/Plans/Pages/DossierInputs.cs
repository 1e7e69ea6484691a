namespace QuyHoach.Web.Features.Plans.Pages;

/// <summary>"Tải lên thành phần hồ sơ": the item number, the document's own date (dd/MM/yyyy) and the file.</summary>
public sealed class DossierUploadInput
{
    public string? Item { get; set; }

    public string? DocumentDate { get; set; }

    public IFormFile? File { get; set; }
}

/// <summary>"Ngày xem xét và ngày nhận đủ hồ sơ", with the dossier's version as read (a stale save is refused).</summary>
public sealed class DossierDatesInput
{
    public string? ConsideredOn { get; set; }

    public string? CompletedOn { get; set; }

    public string? Version { get; set; }

    /// <summary>True when a date is typed but is not a dd/MM/yyyy date.</summary>
    public bool Malformed => Bad(ConsideredOn) || Bad(CompletedOn);

    public DossierDatesRequest ToRequest() => new(PlansEndpoints.ParseDate(ConsideredOn), PlansEndpoints.ParseDate(CompletedOn), Version);

    private static bool Bad(string? text) => !string.IsNullOrEmpty(text) && PlansEndpoints.ParseDate(text) is null;
}

/// <summary>"Thẩm định tiêu chuẩn chính trị": met or not-met, the day, the grounds, the dossier's version as read.</summary>
public sealed class AppraisalInput
{
    public string? Outcome { get; set; }

    public string? AppraisedOn { get; set; }

    public string? Note { get; set; }

    public string? Version { get; set; }

    public AppraisalRequest ToRequest() => new(Outcome, PlansEndpoints.ParseDate(AppraisedOn), Note, Version);
}
