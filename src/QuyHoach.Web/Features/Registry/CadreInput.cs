namespace QuyHoach.Web.Features.Registry;

/// <summary>
/// The cadre form, as posted by the page or sent as JSON to the API. Everything is text, as typed; the validator
/// turns it into a <see cref="ValidCadre"/> or Vietnamese messages per field.
/// </summary>
public sealed class CadreInput
{
    /// <summary>Mã cán bộ.</summary>
    public string? Code { get; set; }

    /// <summary>Họ và tên.</summary>
    public string? FullName { get; set; }

    /// <summary>Giới tính: <c>nam</c> or <c>nu</c>.</summary>
    public string? Sex { get; set; }

    /// <summary>Ngày sinh: dd/MM/yyyy, MM/yyyy or yyyy.</summary>
    public string? Birth { get; set; }

    /// <summary>Dân tộc.</summary>
    public string? Ethnicity { get; set; }

    /// <summary>Số định danh cá nhân (12 chữ số); may be left blank until known.</summary>
    public string? PersonalIdNumber { get; set; }

    /// <summary>Quê quán.</summary>
    public string? Hometown { get; set; }

    /// <summary>Ngày vào Đảng (dd/MM/yyyy); empty when not a Party member.</summary>
    public string? PartyJoinedOn { get; set; }

    /// <summary>Đơn vị công tác (id).</summary>
    public string? OrganisationId { get; set; }

    /// <summary>Chức vụ hiện tại (title id).</summary>
    public string? TitleId { get; set; }

    /// <summary>Giữ chức vụ từ ngày (dd/MM/yyyy).</summary>
    public string? TitleSince { get; set; }

    /// <summary>Có trình độ khoa học, công nghệ (R-STR-5): counted in the structure of the planned.</summary>
    public bool ScienceTechnology { get; set; }

    /// <summary>Edits only: the record's version as read (<see cref="CadreProfile.Version"/>); a save over a newer
    /// record is refused. Empty: the version current when the save starts (a race is still caught, a stale read not).</summary>
    public string? Version { get; set; }
}

/// <summary>A checked cadre input.</summary>
public sealed record ValidCadre(
    string Code,
    string FullName,
    Domain.Common.Sex Sex,
    Domain.Common.PartialDate Birth,
    string? Ethnicity,
    string? Hometown,
    DateOnly? PartyJoinedOn,
    Guid OrganisationId,
    Guid TitleId,
    DateOnly TitleSince,
    string? PersonalIdNumber = null,
    bool ScienceTechnology = false);

/// <summary>What a create or update did.</summary>
public enum CadreCommandStatus
{
    /// <summary>Saved.</summary>
    Saved,

    /// <summary>Nothing saved: see the errors.</summary>
    Invalid,

    /// <summary>No such cadre in the user's scope.</summary>
    NotFound,

    /// <summary>The user may not change the registry.</summary>
    Forbidden,

    /// <summary>Nothing saved: someone changed the record since it was read.</summary>
    Stale,
}

/// <summary>The outcome of a cadre command; <see cref="Errors"/> are keyed by <see cref="CadreInput"/> field (camelCase).</summary>
public sealed record CadreCommandResult(CadreCommandStatus Status, Guid? Id, IReadOnlyDictionary<string, string[]> Errors)
{
    public static CadreCommandResult Saved(Guid id) => new(CadreCommandStatus.Saved, id, new Dictionary<string, string[]>());

    public static CadreCommandResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(CadreCommandStatus.Invalid, null, errors);

    public static CadreCommandResult NotFound { get; } = new(CadreCommandStatus.NotFound, null, new Dictionary<string, string[]>());

    public static CadreCommandResult Forbidden { get; } = new(CadreCommandStatus.Forbidden, null, new Dictionary<string, string[]>());

    public static CadreCommandResult Stale { get; } = new(CadreCommandStatus.Stale, null, new Dictionary<string, string[]>());
}
