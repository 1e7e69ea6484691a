namespace QuyHoach.Web.Features.Development.Pages;

/// <summary>The add-item form as posted: every field text, read by <see cref="ToRequest"/>.</summary>
public sealed class AddItemInput
{
    public string? Kind { get; set; }

    public string? Content { get; set; }

    public string? TitleId { get; set; }

    public string? UnitId { get; set; }

    public string? StartsOn { get; set; }

    public string? EndsOn { get; set; }

    public AddItemRequest ToRequest() => new(Kind, Content, Guid.TryParse(TitleId, out var t) ? t : null, Guid.TryParse(UnitId, out var u) ? u : null, Date(StartsOn), Date(EndsOn));

    internal static DateOnly? Date(string? text) => Registry.VietnameseDates.TryParseDate(text, out var d) ? d : null;
}

/// <summary>The close-item form as posted: the item chosen, the document's date and number, and its file.</summary>
public sealed class CloseItemInput
{
    public string? ItemId { get; set; }

    public string? EvidenceDate { get; set; }

    public string? EvidenceNumber { get; set; }

    public IFormFile? File { get; set; }
}
