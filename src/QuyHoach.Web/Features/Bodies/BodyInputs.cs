using System.Runtime.Serialization;
using QuyHoach.Web.Features.Registry;

namespace QuyHoach.Web.Features.Bodies;

/// <summary>
/// Tạo hoặc sửa tập thể as posted by <see cref="BodyFields"/>. Bound with <c>[SupplyParameterFromForm(Name = "")]</c>:
/// the fields keep their Vietnamese names (ten, loai, so-luong, don-vi), as the pages have always posted them.
/// </summary>
public sealed class BodyInput
{
    [DataMember(Name = "don-vi")] public string? OrganisationId { get; set; }
    [DataMember(Name = "ten")] public string? Name { get; set; }
    [DataMember(Name = "loai")] public string? Kind { get; set; }
    [DataMember(Name = "so-luong")] public string? RegulatedSize { get; set; }

    /// <summary>The request these fields make; a size that is not a number reads as 0, which the handler refuses.</summary>
    public BodyRequest ToRequest()
    {
        var size = (RegulatedSize ?? "").Trim();
        int? regulated = size.Length == 0 ? null : int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new BodyRequest(Guid.TryParse(OrganisationId, out var id) ? id : null, Name ?? "", Kind ?? "", regulated);
    }
}

/// <summary>Thêm thành viên as posted by <see cref="MemberForm"/>: the cadre chosen, the role from the body's list, head or not, the dates.</summary>
public sealed class MemberInput
{
    [DataMember(Name = "can-bo")] public string? CadreId { get; set; }
    [DataMember(Name = "chuc-vu")] public string? Position { get; set; }
    [DataMember(Name = "dung-dau")] public string? Head { get; set; }
    [DataMember(Name = "tu-ngay")] public string? From { get; set; }
    [DataMember(Name = "den-ngay")] public string? To { get; set; }

    /// <summary>The request; an end date that does not read as dd/MM/yyyy drops the start, so the handler asks for both again.</summary>
    public MembershipRequest ToRequest()
    {
        DateOnly? to = VietnameseDates.TryParseDate(To, out var end) ? end : null;
        DateOnly? from = VietnameseDates.TryParseDate(From, out var start) && ((To ?? "").Trim().Length == 0 || to is not null) ? start : null;
        return new MembershipRequest(Guid.TryParse(CadreId, out var id) ? id : null, Position, Head == "co", from, to);
    }
}
