using System.Runtime.Serialization;

namespace QuyHoach.Web.Features.Conferences.Pages;

/// <summary>
/// The conference page's forms as bound models (<c>[SupplyParameterFromForm(Name = "")]</c>). The fields keep the
/// Vietnamese names the page has always posted (co-mat, can-bo, ly-do…), which the browser suites also fill. Forms
/// named per ballot bind without a form name: every ballot's component receives the post, only the one submitted acts.
/// Everything is text: a forged value becomes "nothing chosen" for the handler to refuse, never a mapping error.
/// </summary>
public static class FormIds
{
    /// <summary>The ids of the ticked boxes or chosen radio; a value that is not an id reads as <see cref="Guid.Empty"/>, which no row has.</summary>
    public static List<Guid> Of(IEnumerable<string>? values) => (values ?? []).Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).ToList();

    public static Guid? One(string? value) => Guid.TryParse(value, out var id) ? id : null;

    /// <summary>A typed text, or null when blank.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Whether the confirmation box was ticked.</summary>
    public static bool Confirmed(string? value) => value == "1";
}

public sealed class AttendanceInput
{
    [DataMember(Name = "co-mat")] public string[]? Present { get; set; }
}

public sealed class CommitteeInput
{
    [DataMember(Name = "thanh-vien")] public string[]? Members { get; set; }
}

/// <summary>A person chosen with the cadre picker (<c>can-bo</c>) or, outside the registry, typed by name (<c>ho-ten</c>).</summary>
public sealed class PersonInput
{
    [DataMember(Name = "can-bo")] public string? CadreId { get; set; }
    [DataMember(Name = "ho-ten")] public string? FullName { get; set; }
    [DataMember(Name = "chuc-vu")] public string? Position { get; set; }
}

public sealed class VenueInput
{
    [DataMember(Name = "dia-diem")] public string? Venue { get; set; }
    [DataMember(Name = "gio-bat-dau")] public string? StartsAt { get; set; }
    [DataMember(Name = "phien-ban")] public string? Version { get; set; }
}

/// <summary>A choice made after checking (the entry held right, the candidates chosen by the head), its reason and confirmation.</summary>
public sealed class DecisionInput
{
    [DataMember(Name = "lan-nhap")] public string? Entry { get; set; }
    [DataMember(Name = "chon")] public string[]? Chosen { get; set; }
    [DataMember(Name = "nguoi-dung-dau")] public string? Head { get; set; }
    [DataMember(Name = "ngay")] public string? On { get; set; }
    [DataMember(Name = "ly-do")] public string? Reason { get; set; }
    [DataMember(Name = "xac-nhan")] public string? Confirm { get; set; }
}
