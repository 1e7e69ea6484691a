namespace QuyHoach.Web.Hosting;

/// <summary>
/// How a demo province and its department sign their documents: Tỉnh ủy (HD 36-HD/VPTW; Ban Thường vụ decides, Ban Tổ
/// chức proposes), Đảng ủy Sở Công Thương under Đảng bộ tỉnh, and Sở Công Thương under UBND tỉnh (NĐ 30/2020; the Giám
/// đốc decides), each named after the province's <c>place</c>, which is also the địa danh of their date lines: Ninh
/// Bình for the working units, Nam Định for the department that merged into them (<see cref="DemoMerger"/>).
/// </summary>
internal static class DemoIssuers
{
    public static void Add(QuyHoachDbContext db, Organisation province, Organisation department, string place) => db.DocumentIssuers.AddRange(
        new DocumentIssuer
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = province.Id,
            Layout = IssuerLayout.Party,
            Name = $"Tỉnh ủy {place}",
            ShortName = "Tỉnh ủy",
            Code = "TU",
            Place = place,
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
            Name = $"Ủy ban nhân dân tỉnh {place}",
            ShortName = "Ủy ban nhân dân tỉnh",
            Code = "UBND",
            Place = place,
            HeadPosition = "Chủ tịch",
            Proposer = "Giám đốc Sở Nội vụ",
        },
        new DocumentIssuer
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = department.Id,
            Layout = IssuerLayout.Party,
            Superior = $"Đảng bộ tỉnh {place}",
            Name = "Đảng ủy Sở Công Thương",
            ShortName = "Đảng ủy Sở",
            Code = "ĐU",
            Place = place,
            HeadPosition = "Bí thư",
            Collective = "Ban Thường vụ",
            Proposer = "Văn phòng Đảng ủy Sở",
        },
        new DocumentIssuer
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = department.Id,
            Layout = IssuerLayout.State,
            Superior = $"UBND tỉnh {place}",
            Name = "Sở Công Thương",
            ShortName = "Sở Công Thương",
            Code = "SCT",
            Place = place,
            HeadPosition = "Giám đốc",
            Proposer = "Chánh Văn phòng Sở",
        });
}
