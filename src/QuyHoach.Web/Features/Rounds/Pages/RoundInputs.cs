namespace QuyHoach.Web.Features.Rounds.Pages;

/// <summary>"Hủy đợt": the reason and the confirmation box (value <c>1</c> when ticked).</summary>
public sealed class CancelInput
{
    public string? Reason { get; set; }

    public string? Confirmed { get; set; }
}

/// <summary>"Kết thúc đợt": the confirmation box (value <c>1</c> when ticked).</summary>
public sealed class CloseInput
{
    public string? Confirmed { get; set; }
}

/// <summary>"Mở hội nghị bước N": the meeting day (dd/MM/yyyy), and optionally the venue and the start (hh:mm).</summary>
public sealed class OpenConferenceInput
{
    public string? HeldOn { get; set; }

    public string? Venue { get; set; }

    public string? StartsAt { get; set; }
}
