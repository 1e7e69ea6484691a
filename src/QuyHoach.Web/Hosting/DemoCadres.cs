using QuyHoach.Domain.Discipline;
using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// About 60 fictional cadres of the demo department with realistic Vietnamese names and varied ages, sexes,
/// ethnicities, qualifications, ratings and disciplines, so that screening shows every kind of verdict. Generated from
/// a fixed seed: every demo database is the same.
/// </summary>
internal static class DemoCadres
{
    private static readonly string[] Hometowns = ["Xã Hải Hậu, tỉnh Nam Định", "Xã Giao Thủy, tỉnh Nam Định", "Phường Trần Hưng Đạo, tỉnh Nam Định", "Xã Ý Yên, tỉnh Nam Định", "Xã Trực Ninh, tỉnh Nam Định", "Xã Nghĩa Hưng, tỉnh Nam Định", "Tỉnh Thái Bình", "Tỉnh Hà Nam"];
    private static readonly string[] MinorityEthnicities = ["Tày", "Mường", "Thái", "Nùng", "Dao", "Sán Dìu"];

    public static List<Cadre> Generate(QuyHoachDbContext db, Guid departmentId, DemoStructure structure, DateTimeOffset now)
    {
        var random = new Random(331); // Kế hoạch 331/KH-SCT: a fixed seed keeps every demo identical.
        var cadres = new List<Cadre>();
        for (var i = 0; i < 60; i++)
        {
            var (title, unit, fromYear, birthFrom, birthTo) = i switch
            {
                0 => (structure.Director, departmentId, 2019, 1968, 1972),
                <= 3 => (structure.DeputyDirector, departmentId, 2017 + i, 1968, 1980),
                <= 11 => (structure.Head, structure.Divisions[i - 4].Id, 2014 + (i % 8), 1966, 1985),
                <= 23 => (structure.DeputyHead, structure.Divisions[(i - 12) % 8].Id, 2016 + (i % 7), 1970, 1990),
                _ => (structure.Staff, structure.Divisions[(i - 24) % 8].Id, 2010 + (i % 12), 1975, 1997),
            };
            var female = i % 5 is 1 or 3 || (i > 40 && i % 3 == 0);
            var cadre = new Cadre
            {
                Id = Guid.CreateVersion7(),
                Code = $"SCT-{i + 1:D4}",
                OrganisationId = unit,
                FullName = Name(random, female),
                Sex = female ? Sex.Female : Sex.Male,
                BirthYear = random.Next(birthFrom, birthTo + 1),
                BirthMonth = random.Next(1, 13),
                BirthDay = random.Next(1, 29),
                Ethnicity = i % 9 == 4 ? MinorityEthnicities[i % MinorityEthnicities.Length] : "Kinh",
                Hometown = Hometowns[random.Next(Hometowns.Length)],
                CreatedAt = now,
                UpdatedAt = now,
            };
            cadre.PartyJoinedOn = title == structure.Staff && i % 3 == 0 ? null : new DateOnly(cadre.BirthYear + 24 + (i % 5), 1 + (i % 12), 3);
            cadre.Assignments.Add(new Assignment { Id = Guid.CreateVersion7(), CadreId = cadre.Id, TitleId = title.Id, From = new DateOnly(fromYear, 1 + (i % 12), 1), DecisionNumber = $"{100 + i}/QĐ-SCT" });
            DemoCadreHistory.Fill(cadre, i, title, structure, random);
            cadres.Add(cadre);
        }

        DemoCadreHistory.ApplyShowcases(cadres, structure);
        db.Cadres.AddRange(cadres);
        DemoCadreHistory.AddMemberships(db, cadres, structure);
        return cadres;
    }

    private static string Name(Random random, bool female) => DemoNames.Next(random, female);
}
