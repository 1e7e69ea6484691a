namespace QuyHoach.Web.Hosting;

/// <summary>
/// The province's Ban Thường vụ Tỉnh ủy and Ban Chấp hành Đảng bộ tỉnh, seated at their regulated sizes with fictional
/// people of the province's registry (codes NDI-TU-0001…): the first heads both (Bí thư Tỉnh ủy), the next two are
/// Phó Bí thư, the rest of the standing committee Ủy viên Ban Thường vụ; every standing member also sits on the
/// executive committee. Its own fixed random seed, so the department's cadres stay exactly as they were.
/// </summary>
internal static class DemoProvince
{
    public static readonly DateOnly Since = new(2020, 10, 1);

    public static void Seat(QuyHoachDbContext db, Organisation province, DemoStructure structure, DateTimeOffset now)
    {
        var standing = structure.Bodies["BTV-TU"];
        var executive = structure.Bodies["BCH-TU"];
        var random = new Random(2023);
        for (var i = 1; i <= executive.RegulatedSize; i++)
        {
            var female = i % 4 == 0;
            var cadre = new Cadre
            {
                Id = Guid.CreateVersion7(),
                Code = $"NDI-TU-{i:D4}",
                OrganisationId = province.Id,
                FullName = DemoNames.Next(random, female),
                Sex = female ? Sex.Female : Sex.Male,
                BirthYear = 1965 + (i % 15),
                BirthMonth = 1 + (i % 12),
                Ethnicity = "Kinh",
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Cadres.Add(cadre);
            var position = i switch
            {
                1 => "Bí thư Tỉnh ủy",
                <= 3 => "Phó Bí thư Tỉnh ủy",
                _ when i <= standing.RegulatedSize => "Ủy viên Ban Thường vụ",
                _ => "Tỉnh ủy viên",
            };
            Add(db, executive, cadre, position, i == 1);
            if (i <= standing.RegulatedSize)
            {
                Add(db, standing, cadre, position, i == 1);
            }
        }
    }

    private static void Add(QuyHoachDbContext db, Body body, Cadre cadre, string position, bool head) =>
        db.Add(new BodyMembership { Id = Guid.CreateVersion7(), BodyId = body.Id, CadreId = cadre.Id, Position = position, IsHead = head, From = Since });
}
