using QuyHoach.Data.Organisations;
using QuyHoach.Data.Registry;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// How the demo's province and department sign their documents: Tỉnh ủy Nam Định (HD 36-HD/VPTW; Ban Thường vụ decides,
/// Ban Tổ chức proposes), Đảng ủy Sở Công Thương under Đảng bộ tỉnh, and Sở Công Thương under UBND tỉnh (NĐ 30/2020;
/// the Giám đốc decides).
/// </summary>
internal static class DemoIssuers
{
    public static void Add(QuyHoachDbContext db, Organisation province, Organisation department) => db.DocumentIssuers.AddRange(
        new DocumentIssuer
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = province.Id,
            Layout = IssuerLayout.Party,
            Name = "Tỉnh ủy Nam Định",
            ShortName = "Tỉnh ủy",
            Code = "TU",
            Place = "Nam Định",
            HeadPosition = "Bí thư",
            Collective = "Ban Thường vụ",
            Proposer = "Ban Tổ chức Tỉnh ủy",
            OfficeName = "Ban Tổ chức",
            OfficeCode = "BTCTU",
            OfficeHead = "Trưởng ban",
        },
        new DocumentIssuer
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = province.Id,
            Layout = IssuerLayout.State,
            Name = "Ủy ban nhân dân tỉnh Nam Định",
            ShortName = "Ủy ban nhân dân tỉnh",
            Code = "UBND",
            Place = "Nam Định",
            HeadPosition = "Chủ tịch",
            Proposer = "Giám đốc Sở Nội vụ",
        },
        new DocumentIssuer
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = department.Id,
            Layout = IssuerLayout.Party,
            Superior = "Đảng bộ tỉnh Nam Định",
            Name = "Đảng ủy Sở Công Thương",
            ShortName = "Đảng ủy Sở",
            Code = "ĐU",
            Place = "Nam Định",
            HeadPosition = "Bí thư",
            Collective = "Ban Thường vụ",
            Proposer = "Văn phòng Đảng ủy Sở",
        },
        new DocumentIssuer
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = department.Id,
            Layout = IssuerLayout.State,
            Superior = "UBND tỉnh Nam Định",
            Name = "Sở Công Thương",
            ShortName = "Sở Công Thương",
            Code = "SCT",
            Place = "Nam Định",
            HeadPosition = "Giám đốc",
            Proposer = "Chánh Văn phòng Sở",
        });
}
